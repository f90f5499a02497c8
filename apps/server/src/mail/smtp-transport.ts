import type { SmtpConnection } from "@motmap/db";
import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message through the hospital's SMTP server; throws on any SMTP failure. */
export async function sendMail(smtp: SmtpConnection, mail: OutgoingMail): Promise<string> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.username ? { auth: { user: smtp.username, pass: smtp.password ?? "" } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    const info = await transport.sendMail({
      from: smtp.fromAddress,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return String(info.messageId ?? "");
  } finally {
    transport.close();
  }
}
