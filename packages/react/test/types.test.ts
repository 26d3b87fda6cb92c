import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import ts from 'typescript';

const path = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

describe('React types for the Layanan elements', () => {
  it('type-check an app using the wrappers and the JSX intrinsic elements, and refuse its mistakes', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path('tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    // The generated .d.ts is checked too: the repo's skipLibCheck would hide an error in it.
    const program = ts.createProgram([path('packages/react/test/fixtures/app.tsx')], { ...config.options, skipLibCheck: false, noEmit: true });
    const files = ['packages/react/test/fixtures/app.tsx', 'packages/widgets/types/react.d.ts'].map((f) => program.getSourceFile(path(f)));
    assert.ok(files.every(Boolean), 'the fixture or packages/widgets/types/react.d.ts (npm run build) is missing from the program');
    const diagnostics = files.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]);
    assert.deepEqual(diagnostics.map((d) => `${d.file?.fileName.split('/').slice(-2).join('/')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`), []);
  });
});
