// Text as GB18030 bytes, as Notepad saves "ANSI" on Chinese Windows (the system's iconv does it).
import { execFileSync } from 'node:child_process';

export default function gb18030(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
}
