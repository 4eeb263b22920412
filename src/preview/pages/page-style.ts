/** The look shared by the preview's own pages (the index and the viewer's bar), apart from the reports themselves. */
export const PAGE_STYLE = `
:root { color-scheme: light; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; }
body { margin: 0; color: #1a1a1a; background: #f4f6f8; }
a { color: #0b4f9c; }
a:focus, button:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
.index { max-width: 50rem; margin: 0 auto; padding: 1.5rem; }
.index li { margin: .4rem 0; }
.index .quarters a { margin-right: .75rem; }
`;
