export const FIGURES_DIR: string;
export interface FaultFigures {
  suite: string;
  tried: Partial<Record<'sequences' | 'killPoints' | 'corruptions' | 'messages', number>>;
  lost: number;
  doubled: number;
  forged: number;
  crashes: number;
  notes?: Record<string, unknown>;
}
export function recordFaultFigures(
  suite: string,
  figures: Pick<FaultFigures, 'tried' | 'notes'> &
    Partial<Pick<FaultFigures, 'lost' | 'doubled' | 'forged' | 'crashes'>>,
): void;
export function readFaultFigures(): FaultFigures[];
