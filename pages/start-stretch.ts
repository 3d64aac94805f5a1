import { sendMessage } from '../platform/messages';

/**
 * Starts a guided stretch and shows it in the stretch window, which stays open while the person
 * is on the floor (as the notification's Start does): the entry with `id` (the Stretches page),
 * or the one on offer (the welcome page's "Try a stretch now"). A refused entry starts nothing.
 */
export async function startStretch(id?: string): Promise<void> {
  if (id) await sendMessage('anotherStretch', id);
  // An entry chosen by name runs alone, even when the break is a routine.
  await sendMessage('session', id ? 'start-one' : 'start');
  await sendMessage('popOut', undefined);
}
