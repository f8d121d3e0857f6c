// The import boundaries of docs/ARCHITECTURE.md are lint rules; this proves they bite. If a refactor of
// eslint.config.js silently dropped one, content scripts could start opening IndexedDB on mail.google.com.
import {ESLint} from 'eslint';
import {describe, expect, it} from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, {filePath});
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/sites/gmail/example.ts', "import {database} from '../../store/db.ts';\nexport const x = database;"],
    ['src/sites/gmail/example.ts', "import Dexie from 'dexie';\nexport const x = Dexie;"],
    ['src/nlp/example.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;"],
    ['src/background/example.ts', "import {gmailSelectors} from '../sites/gmail/selectors.ts';\nexport const x = gmailSelectors;"],
    ['src/popup/example.ts', "import {dispatch} from '../background/router.ts';\nexport const x = dispatch;"],
  ])('%s may not import that', async (filePath, source) => {
    expect(await importErrors(filePath, source)).not.toEqual([]);
  });

  it('allows what the design allows', async () => {
    expect(await importErrors('src/sites/gmail/example.ts', "import {send} from '../../shared/send.ts';\nexport const x = send;")).toEqual([]);
    expect(await importErrors('src/popup/example.ts', "import {database} from '../store/db.ts';\nexport const x = database;")).toEqual([]);
  });
});
