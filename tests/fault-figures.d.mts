export const FIGURES_DIR: string;
export interface FaultFigures {
  suite: string;
  tried: Partial<Record<'sequences' | 'killPoints' | 'corruptions' | 'messages', number>>;
  lost: number;
  doubled: number;
  crashes: number;
  notes?: Record<string, unknown>;
  at: string;
}
export function recordFaultFigures(
  suite: string,
  figures: Omit<FaultFigures, 'suite' | 'at' | 'lost' | 'doubled' | 'crashes'> &
    Partial<Pick<FaultFigures, 'lost' | 'doubled' | 'crashes'>>,
): void;
export function readFaultFigures(): FaultFigures[];
