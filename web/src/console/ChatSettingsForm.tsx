// Opening hours, closed days, the quick-exit site and retention: content a team lead changes.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { useConsoleAction } from './console.api';
import type { ConsoleText } from './console-text';

interface Slot {
  weekday: number;
  opens: string;
  closes: string;
}

interface ChatSettings {
  openingHours: Slot[];
  closedDates: string[];
  quickExitUrl: string;
  retentionDays: number;
  [other: string]: unknown;
}

const SLOT = /^\s*(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})\s*$/;

export function hoursText(slots: Slot[], weekday: number): string {
  return slots
    .filter((s) => s.weekday === weekday)
    .map((s) => `${s.opens}-${s.closes}`)
    .join(', ');
}

/** "17:00-21:00, 22:00-23:00" per weekday back to slots; null when a block is not HH:MM-HH:MM. */
export function parseHours(days: string[]): Slot[] | null {
  const slots: Slot[] = [];
  for (const [index, text] of days.entries()) {
    for (const part of text.split(',').filter((p) => p.trim() !== '')) {
      const match = SLOT.exec(part);
      if (!match) return null;
      slots.push({ weekday: index + 1, opens: match[1]!, closes: match[2]! });
    }
  }
  return slots;
}

export function ChatSettingsForm({ text }: { text: ConsoleText }) {
  const api = useApi();
  const current = useQuery({ queryKey: ['console', 'supervise', 'settings'], queryFn: ({ signal }) => api.get<ChatSettings>('/api/console/supervise/settings', { signal }) });
  const [days, setDays] = useState<string[]>(Array(7).fill(''));
  const [closed, setClosed] = useState('');
  const [exitUrl, setExitUrl] = useState('');
  const [retention, setRetention] = useState('90');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useConsoleAction<ChatSettings>(() => '/api/console/supervise/settings', (body) => body);

  useEffect(() => {
    const s = current.data;
    if (!s) return;
    setDays([1, 2, 3, 4, 5, 6, 7].map((d) => hoursText(s.openingHours, d)));
    setClosed(s.closedDates.join('\n'));
    setExitUrl(s.quickExitUrl);
    setRetention(String(s.retentionDays));
  }, [current.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const openingHours = parseHours(days);
    if (!current.data || !openingHours) return setProblem(text.settingsInvalid);
    setProblem(null);
    save.mutate({ ...current.data, openingHours, closedDates: closed.split(/\s+/).filter(Boolean), quickExitUrl: exitUrl.trim(), retentionDays: Number(retention) });
  };

  return (
    <section className="console-box" aria-labelledby="settings-title">
      <h2 id="settings-title" className="console-box__title">
        {text.settingsTitle}
      </h2>
      <p className="console-muted">{text.settingsHint}</p>
      <form className="console-composer" onSubmit={submit}>
        {text.weekdays.map((day, index) => (
          <label key={day} className="field">
            <span className="field__label">{day}</span>
            <input className="field__input" value={days[index] ?? ''} onChange={(e) => setDays(days.map((d, i) => (i === index ? e.target.value : d)))} />
          </label>
        ))}
        <label className="field">
          <span className="field__label">{text.closedDates}</span>
          <textarea className="field__input" rows={3} value={closed} onChange={(e) => setClosed(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{text.quickExitUrl}</span>
          <input className="field__input" type="url" value={exitUrl} onChange={(e) => setExitUrl(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{text.retentionDays}</span>
          <input className="field__input" type="number" min={1} max={3650} value={retention} onChange={(e) => setRetention(e.target.value)} />
        </label>
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {save.error ? <Alert tone="error">{save.error.message}</Alert> : null}
        {save.isSuccess ? (
          <p role="status" className="console-done">
            {text.settingsSaved}
          </p>
        ) : null}
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.settingsSave}
        </Button>
      </form>
    </section>
  );
}
