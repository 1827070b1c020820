import type { ChatStatus } from './chat.api';
import { fill, type ChatText } from './chat-text';

/** Outside opening hours: when we are back, and where to go right now. */
export function ChatClosed({ status, text }: { status: ChatStatus; text: ChatText }) {
  const next = status.nextOpening;
  return (
    <section className="chat-card" aria-labelledby="chat-closed-title">
      <h1 id="chat-closed-title">{text.closedTitle}</h1>
      {next ? <p className="chat-lead">{fill(text.closedNext, { day: text.weekdays[next.weekday - 1] ?? '', time: next.time })}</p> : null}
      <h2>{text.closedWhatNow}</h2>
      <ul className="chat-help">
        <li>
          <a href="tel:112">{text.help112}</a>
        </li>
        <li>
          <a href="tel:1712">{text.help1712}</a>
        </li>
        <li>
          <a href="tel:102">{text.help102}</a>
        </li>
      </ul>
      <OpeningHours status={status} text={text} />
    </section>
  );
}

export function OpeningHours({ status, text }: { status: ChatStatus; text: ChatText }) {
  if (status.openingHours.length === 0) return null;
  const byDay = [...status.openingHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  return (
    <>
      <h2>{text.hoursTitle}</h2>
      <ul className="chat-hours">
        {byDay.map((slot) => (
          <li key={`${slot.weekday}-${slot.opens}`}>
            {fill(slot.opens === '00:00' && slot.closes === '24:00' ? text.allDay : text.hoursLine, { day: text.weekdays[slot.weekday - 1] ?? '', opens: slot.opens, closes: slot.closes })}
          </li>
        ))}
      </ul>
    </>
  );
}
