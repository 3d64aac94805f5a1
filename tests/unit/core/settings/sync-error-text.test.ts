import { describe, expect, it } from 'vitest';
import { describeSyncError } from '../../../../core/settings/sync-error-text';

describe('the sync error in words a user understands', () => {
  it.each([
    [
      'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
      'too many changes in a short while',
    ],
    [
      'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
      'too many changes in a short while',
    ],
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'larger than it allows'],
  ])('names what %s means for the user', (reason, cause) => {
    expect(describeSyncError(reason).body).toContain(cause);
  });

  it('says the change is kept, applies here, and is retried by itself, whatever the reason', () => {
    const text = describeSyncError('Something unexpected');
    expect(text.title).toBe('Not synced to your other browsers yet');
    expect(text.body).toContain('saved and apply in this browser');
    expect(text.body).toContain('sent again by themselves about once a minute; nothing is lost');
    expect(text.body).not.toContain('(');
    expect(text.body).toContain('refused them for now. They are sent again');
    expect(text.detail).toBe('Browser message: Something unexpected');
  });
});
