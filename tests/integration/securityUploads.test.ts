import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import type { AssemblyDocument } from '@shared/schemas/assembly';
import { expectRefusal } from './securitySupport';
import { assemblyUnderFuzz } from './securityInputSupport';

const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
/** The first bytes of a PNG image (signature and header chunk). */
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.alloc(64),
]);
const windowsProgram = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126), Buffer.from('PE\0\0'), Buffer.alloc(256)]);
const linuxProgram = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]);

describe('malformed, oversized and disguised input', () => {
  const { people, ids, store, raw } = assemblyUnderFuzz();

  it('takes a file by its content, never by its name or declared type, and stores no disguised one', async () => {
    const upload = (name: string, type: string, content: Buffer) =>
      raw(
        'POST',
        `/api/assemblies/${ids.draftId}/agenda/${draftItem}/documents?name=${encodeURIComponent(name)}`,
        { 'content-type': type },
        content,
      );
    const draftItem = (
      (await (
        await people.table.post(`/api/assemblies/${ids.draftId}/agenda`, { kind: 'information', title: 'Documents' })
      ).json()) as AssemblyView
    ).assembly.agenda.at(-1)!.id;
    const before = await store.snapshot();
    const refused: Array<[string, string, string, Buffer, string, string]> = [
      [
        'a Windows program named like a PDF',
        'budget.pdf',
        'application/pdf',
        windowsProgram,
        'file_type_refused',
        'This file is not a document Agora accepts (its content is application/x-msdownload, whatever its name says). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'a Linux program named like a PDF',
        'budget.pdf',
        'application/pdf',
        linuxProgram,
        'file_type_refused',
        'This file is not a document Agora accepts (its content is application/x-elf, whatever its name says). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'a web page named like a PDF',
        'budget.pdf',
        'application/pdf',
        Buffer.from('<!doctype html><script>fetch("/api/me")</script>'),
        'file_type_refused',
        'This file is not a document Agora accepts (its content is not a known document format). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'an SVG image with a script',
        'logo.png',
        'image/png',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        'file_type_refused',
        'This file is not a document Agora accepts (its content is not a known document format). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
      ],
      [
        'a PDF named and typed as an image',
        'scan.png',
        'image/png',
        pdf,
        'file_type_mismatch',
        "The file's name says it is a PNG image, but its content is a PDF document; nothing was stored. Send it under its real name and type.",
      ],
      [
        'a PDF typed as an image',
        'scan.pdf',
        'image/png',
        pdf,
        'file_type_mismatch',
        "The file's type says it is a PNG image, but its content is a PDF document; nothing was stored. Send it under its real name and type.",
      ],
      [
        'an image named like a PDF',
        'report.pdf',
        'application/octet-stream',
        png,
        'file_type_mismatch',
        "The file's name says it is a PDF document, but its content is a PNG image; nothing was stored. Send it under its real name and type.",
      ],
    ];
    for (const [what, name, type, content, code, message] of refused) {
      const response = await upload(name, type, content);
      expect(response.status, what).toBe(415);
      expect(await expectRefusal(response, what), what).toEqual({ code, message });
    }
    const empty = await upload('empty.pdf', 'application/pdf', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect((await expectRefusal(empty, 'an empty file')).message).toBe('The file is empty.');
    const justOver = await upload(
      'long.pdf',
      'application/pdf',
      Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1 - pdf.length)]),
    );
    expect(justOver.status).toBe(413);
    expect(await expectRefusal(justOver, 'a file just over 10 MB')).toEqual({
      code: 'file_too_large',
      message: 'The file is 10.0 MB; documents can be at most 10 MB.',
    });
    const huge = await upload('huge.pdf', 'application/pdf', Buffer.concat([pdf, Buffer.alloc(12 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect(await expectRefusal(huge, 'a file of 12 MB')).toEqual({
      code: 'too_large',
      message: 'The request is too large: Agora takes at most 10 MB here.',
    });
    expect(await store.snapshot()).toEqual(before);

    // A file whose name says nothing, or something else, is kept under a name that says what it is.
    const unnamed = await upload('scan', 'application/octet-stream', png);
    expect(unnamed.status).toBe(201);
    expect((await unnamed.json()) as AssemblyDocument).toMatchObject({ name: 'scan.png', mimeType: 'image/png' });
    const html = await upload('page.html', 'text/html', pdf);
    expect(html.status).toBe(201);
    const stored = (await html.json()) as AssemblyDocument;
    expect(stored).toMatchObject({ name: 'page.html.pdf', mimeType: 'application/pdf' });
    const served = await raw('GET', `/api/assemblies/${ids.draftId}/documents/${stored.id}`, {});
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe('attachment; filename=page.html.pdf');
  });
});
