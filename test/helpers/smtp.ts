import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as it arrived: the envelope's recipients and the parsed message. */
export interface ArrivedMail {
  to: string[];
  /** When it arrived (Date.now()). */
  at: number;
  subject: string;
  text: string;
  /** Every header line and the decoded body: where to look for what must not be there. */
  whole: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:<port>: what QORGAU_SMTP_URL would say. */
  url: string;
  mails: ArrivedMail[];
  /** Messages the server refused (451, "try again later") before accepting any more. */
  refused: number;
  /** Refuses the next `n` messages with a temporary failure. */
  refuseNext(n: number): void;
  /** Resolves when `count` mails have arrived, or fails after `ms` (a test never hangs). */
  waitFor(count: number, ms?: number): Promise<ArrivedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1, on a port the system picks, keeping what it receives. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const mails: ArrivedMail[] = [];
  let toRefuse = 0;
  const state = { refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (toRefuse > 0) {
          toRefuse -= 1;
          state.refused += 1;
          const err = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(err);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        try {
          const parsed = await simpleParser(raw);
          const to = session.envelope.rcptTo.map((r) => r.address);
          const headers = parsed.headerLines.map((h) => h.line).join('\n');
          const whole = `${headers}\n${parsed.subject ?? ''}\n${parsed.text ?? ''}\n${parsed.html || ''}`;
          mails.push({
            to,
            at: Date.now(),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            whole,
            parsed,
          });
          callback();
        } catch (err) {
          callback(err as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    get refused() {
      return state.refused;
    },
    refuseNext(n) {
      toRefuse = n;
    },
    async waitFor(count, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (mails.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} mails, ${mails.length} arrived within ${ms} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return mails.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
