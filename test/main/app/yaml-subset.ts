/**
 * Reads the YAML subset electron-builder.yml uses: nested maps by indentation,
 * block lists of scalars, comments, quoted and plain scalars, booleans. Enough
 * to check the packaging config without adding a YAML dependency.
 */
export type YamlValue = string | boolean | number | null | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
  number: number;
}

export function parseYamlSubset(source: string): { [key: string]: YamlValue } {
  const lines: Line[] = source
    .split('\n')
    .map((raw, i) => ({ raw: stripComment(raw), number: i + 1 }))
    .filter((l) => l.raw.trim() !== '')
    .map((l) => ({ indent: l.raw.length - l.raw.trimStart().length, text: l.raw.trim(), number: l.number }));
  let index = 0;

  function parseBlock(indent: number): YamlValue {
    if (lines[index].text.startsWith('- ')) {
      const list: YamlValue[] = [];
      while (index < lines.length && lines[index].indent === indent && lines[index].text.startsWith('- ')) {
        list.push(scalar(lines[index].text.slice(2).trim()));
        index++;
      }
      return list;
    }
    const map: { [key: string]: YamlValue } = {};
    while (index < lines.length && lines[index].indent === indent) {
      const line = lines[index];
      const match = /^("[^"]+"|[^:]+):(?:\s+(.*))?$/.exec(line.text);
      if (!match) throw new Error(`line ${line.number}: not a key: value pair: ${line.text}`);
      const key = match[1].replace(/^"|"$/g, '');
      index++;
      if (match[2] !== undefined && match[2] !== '') map[key] = scalar(match[2]);
      else if (index < lines.length && lines[index].indent > indent) map[key] = parseBlock(lines[index].indent);
      else map[key] = null;
    }
    if (index < lines.length && lines[index].indent > indent) throw new Error(`line ${lines[index].number}: unexpected indentation`);
    return map;
  }

  const result = parseBlock(0);
  if (index !== lines.length) throw new Error(`line ${lines[index].number}: could not be read`);
  return result as { [key: string]: YamlValue };
}

function stripComment(line: string): string {
  let quoted: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === quoted) quoted = null;
    } else if (c === '"' || c === "'") quoted = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

function scalar(text: string): YamlValue {
  if (/^".*"$/.test(text) || /^'.*'$/.test(text)) return text.slice(1, -1);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null' || text === '~') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
