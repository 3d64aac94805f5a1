// Pages load the built figure renderer with a module script tag (components/StretchFigure.tsx);
// happy-dom loads no script files, so the DOM tests run the renderer's source instead, which
// registers the same entry point the script would.
import '../../figures/figure-loader';
