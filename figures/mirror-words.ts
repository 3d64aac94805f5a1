/** The same words for the other side: "right ankle on the left knee" -> "left ankle on the right knee". */
export function mirrorWords(text: string): string {
  return text.replace(/\b(right|left|Right|Left)\b/g, (word) => {
    const swapped = word.toLowerCase() === 'right' ? 'left' : 'right';
    return word[0] === word[0]?.toUpperCase()
      ? swapped[0]?.toUpperCase() + swapped.slice(1)
      : swapped;
  });
}
