// A soft two-note chime made in the page with Web Audio: no sound file to download or ship.
let context: AudioContext | null = null;

export type ChimeKind = 'switch' | 'finish';

const NOTES: Record<ChimeKind, number[]> = {
  switch: [660],
  finish: [523.25, 784],
};

/**
 * Creates or wakes the audio context. Browsers keep audio suspended until the page has had a user
 * gesture, so this is called from the click or key press that starts a stretch.
 */
export function primeChime(): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    // No audio device: nothing to prime.
  }
}

/** Plays a short chime at `volume` (0-100). Fails silently where audio is unavailable. */
export function playChime(kind: ChimeKind, volume: number): void {
  if (volume <= 0 || typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    NOTES[kind].forEach((frequency, index) => {
      const ctx = context as AudioContext;
      const at = start + index * 0.18;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime((volume / 100) * 0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.65);
    });
  } catch {
    // No audio device: the visual countdown and the live region still say what happened.
  }
}
