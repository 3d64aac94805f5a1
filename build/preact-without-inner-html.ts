import type { Plugin } from 'vite';

// Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, which this project never
// uses; Mozilla's add-on linter warns about any such assignment. Replace that one assignment with
// a throw so the shipped code holds none, and fail the build if Preact's code no longer matches.
const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const REPLACEMENT = '(()=>{throw Error("dangerouslySetInnerHTML is not supported")})()';

/** Rewrites Preact's own module; throws when it finds the assignment anything but exactly once. */
export function stripPreactInnerHtml(code: string): string {
  const found = code.match(ASSIGNMENT)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `preact-without-inner-html: expected one innerHTML assignment in Preact, found ${found}; ` +
        'check the pattern against this Preact version.',
    );
  }
  return code.replace(ASSIGNMENT, REPLACEMENT);
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'preact-without-inner-html',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      return { code: stripPreactInnerHtml(code), map: null };
    },
  };
}
