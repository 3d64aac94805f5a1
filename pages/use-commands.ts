import { useCallback, useState } from 'preact/hooks';
import { type ProtocolMap, sendMessage } from '../platform/messages';

export type Send = <K extends keyof ProtocolMap>(
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
) => Promise<void>;

/**
 * Commands to the background from a page, with the last failure as a message to show. `send`
 * keeps its identity between renders, so effects can list it without running again.
 */
export function useCommands(): { send: Send; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const send = useCallback<Send>(async (type, data) => {
    try {
      setError(null);
      // biome-ignore lint/suspicious/noExplicitAny: the protocol map types each call site
      await (sendMessage as any)(type, data);
    } catch (cause) {
      setError(`Something went wrong: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }, []);
  return { send, error };
}
