// Rollup plugin: collapses the indentation inside Lit's html`` / css`` / svg`` templates of our
// own sources. A newline plus indentation becomes one space, which HTML and CSS already treat
// the same way, so nothing renders differently (we use no <pre> or white-space: pre in templates).
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);

export function minifyTemplates({ include = /\/packages\/widgets\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'layanan-minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // Raw text between the delimiters: after ` or }, before ` or ${.
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateMiddle(part) || ts.isTemplateHead(part) ? 2 : 1);
            const raw = code.slice(start, end);
            let collapsed = raw.replace(/\s*\n\s*/g, ' ');
            // CSS: no comments, no space around braces and semicolons, none after a colon or a comma
            // (never before a colon: `.a :is(…)` is a descendant selector). Our styles quote no such text.
            if (node.tag.text === 'css') collapsed = collapsed.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*([{};])\s*/g, '$1').replace(/([:,])\s+/g, '$1').replace(/;}/g, '}');
            if (collapsed !== raw) edits.push([start, end, collapsed]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      // MagicString keeps a source map through the edits, so layanan.js.map still points at our lines.
      const out = new MagicString(code);
      for (const [start, end, text] of edits) out.overwrite(start, end, text);
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
