// Presentation mode for meetings: full screen, type sized for the back of the room, no controls on
// the slides; arrows, PageUp/PageDown (clickers send these), Space, Home/End and Esc.
// Title → for each proposal: before, after, figures, ledger, adjustments, problems → compare (two
// or more proposals). A table longer than a slide continues on the next; nothing ever scrolls.
// Long: the slides are measured off screen and paged here, one kind per case.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isIllustrative } from '../../app/meeting';
import { storyUnits } from '../../app/meeting/story';
import { scenarioState } from '../../app/scenarioState';
import type { Report } from '../../engine';
import { BASELINE_ID, type ScenarioFile, type Unit } from '../../model';
import { AdjustmentTable } from '../compare/AdjustmentTable';
import { useT } from '../context';
import { LedgerTable } from '../meeting/LedgerTable';
import { StoryChart } from '../meeting/StoryChart';
import { type StoryLayout, fitStory } from '../meeting/storyLayout';
import { type MeetingProposal, useMeetingProposals } from '../meeting/useMeeting';
import { CompareSlideTable, keyRows } from './CompareSlide';
import { FiguresSlide } from './FiguresSlide';
import { type Range, pageRanges } from './measure';
import { ProblemsList } from './ProblemsList';
import { SlideFrame } from './SlideFrame';
import { TitleSlide } from './TitleSlide';
import { useViewsText } from '../meeting/useViewsText';

export const SLIDE_KINDS = ['title', 'before', 'after', 'figures', 'ledger', 'compare', 'adjustments', 'problems'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

type Slide =
  | { kind: 'title' }
  | { kind: 'before' | 'after'; p: number; page: number; pages: number }
  | { kind: 'figures'; p: number }
  | { kind: 'ledger' | 'adjustments' | 'problems'; p: number; range: Range; page: number; pages: number }
  | { kind: 'compare'; columns: number[]; range: Range; page: number; pages: number };

/** At most this many proposals stand side by side on a compare slide (today's column besides). */
const COMPARE_COLUMNS = 4;
/** Bureau names on the before/after slides are never set smaller than this (CSS px). */
export const STORY_MIN_FONT = 14;

interface Measured {
  pages: Record<string, Range[]>;
  story: { width: number; height: number; font: number } | undefined;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function Presentation({ file, report, proposals: chosen, onExit }: { file: ScenarioFile; report: Report; proposals: readonly string[]; onExit(): void }) {
  const { t, lang } = useT();
  const { v } = useViewsText();
  const ids = useMemo(() => {
    const known = file.scenarios.filter((s) => chosen.includes(s.id)).map((s) => s.id);
    return known.length > 0 ? known : file.scenarios.map((s) => s.id);
  }, [file, chosen]);
  const proposals = useMeetingProposals(file, report, ids);
  const illustrative = isIllustrative(file);
  const min = file.rules?.economicRatioMin ?? 0.6;
  const baseline = useMemo(() => scenarioState(file, BASELINE_ID), [file]);
  // with no proposal at all, today's whole organisation is the "before" slide
  const todayUnits = useMemo(() => (file.scenarios.length === 0 ? storyUnits(baseline, baseline, [], { all: true }) : []), [file, baseline]);
  const names = useMemo(() => new Map<string, Unit>(baseline.units.map((u) => [u.id, u])), [baseline]);

  // measuring: invisible copies of the paged slides, drawn whole, cut into pages that fit
  const area = useRef<HTMLDivElement>(null);
  const copies = useRef(new Map<string, HTMLElement>());
  const copy = (key: string) => (element: HTMLElement | null) => {
    if (element) copies.current.set(key, element);
    else copies.current.delete(key);
  };
  const [size, setSize] = useState(0);
  const [measured, setMeasured] = useState<Measured>({ pages: {}, story: undefined });
  useEffect(() => {
    const element = area.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setSize((n) => n + 1));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const pages: Record<string, Range[]> = {};
    for (const [key, element] of copies.current) if (key !== 'story') pages[key] = pageRanges(element);
    const storyArea = copies.current.get('story')?.querySelector<HTMLElement>('.slide-body');
    const story = storyArea
      ? { width: storyArea.clientWidth, height: storyArea.clientHeight - (storyArea.querySelector<HTMLElement>('.story-legend')?.offsetHeight ?? 0) - 8, font: parseFloat(getComputedStyle(storyArea).fontSize) }
      : undefined;
    const next = { pages, story };
    setMeasured((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
  }, [size, proposals, lang, todayUnits]);

  // each proposal's story in pages that fit the slide at the largest type that fits
  const storyPages = useMemo(() => {
    const room = measured.story;
    const fit = (units: readonly { id: string; slots: readonly unknown[] }[]): StoryLayout[] =>
      room && room.width > 0
        ? fitStory(units.map((u) => ({ id: u.id, slots: u.slots.length })), { width: room.width, height: room.height, maxFont: Math.max(STORY_MIN_FONT, Math.round(room.font * 1.2 * 2) / 2), minFont: STORY_MIN_FONT })
        : [];
    return { proposals: proposals.map((p) => (p.units ? fit(p.units) : [])), today: fit(todayUnits) };
  }, [measured.story, proposals, todayUnits]);

  const slides = useMemo(() => {
    const list: Slide[] = [{ kind: 'title' }];
    const paged = (kind: 'ledger' | 'adjustments' | 'problems', p: number) => {
      const ranges = measured.pages[`${kind}:${p}`] ?? [[0, Number.MAX_SAFE_INTEGER] as Range];
      ranges.forEach((range, i) => list.push({ kind, p, range, page: i + 1, pages: ranges.length }));
    };
    if (proposals.length === 0) {
      const pages = Math.max(1, storyPages.today.length);
      for (let page = 1; page <= pages; page++) list.push({ kind: 'before', p: -1, page, pages });
      paged('problems', -1);
      return list;
    }
    proposals.forEach((_, p) => {
      const pages = Math.max(1, storyPages.proposals[p]?.length ?? 0);
      // each part of the story before and then after, so the eye compares like with like
      for (let page = 1; page <= pages; page++) {
        list.push({ kind: 'before', p, page, pages });
        list.push({ kind: 'after', p, page, pages });
      }
      list.push({ kind: 'figures', p });
      paged('ledger', p);
      paged('adjustments', p);
      paged('problems', p);
    });
    if (proposals.length > 1) {
      chunks(proposals.map((_, p) => p), COMPARE_COLUMNS).forEach((columns, c) => {
        const ranges = measured.pages[`compare:${c}`] ?? [[0, Number.MAX_SAFE_INTEGER] as Range];
        ranges.forEach((range, i) => list.push({ kind: 'compare', columns, range, page: i + 1, pages: ranges.length }));
      });
    }
    return list;
  }, [proposals, measured.pages, storyPages]);

  const [index, setIndex] = useState(0);
  const at = Math.min(index, slides.length - 1);
  const slide = slides[at]!;
  const go = useCallback((step: number) => setIndex((i) => Math.max(0, Math.min(slides.length - 1, Math.min(i, slides.length - 1) + step))), [slides.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(event.key)) go(1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key)) go(-1);
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(slides.length - 1);
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, onExit, slides.length]);

  useEffect(() => {
    // full screen where the browser allows it; the slides work the same without (and Esc, or the
    // exit button, leaves them; where the browser keeps Esc for full screen, a second Esc does)
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const frame = (proposal: MeetingProposal | undefined) => (proposal ? { name: proposal.scenario.name, index: proposal.index } : undefined);
  const page = (s: { page: number; pages: number }) => ({ n: s.page, of: s.pages });
  const baselineProblems = report.baseline.violations;

  const render = (s: Slide) => {
    switch (s.kind) {
      case 'title':
        return (
          <div className="slide-frame title-frame">
            <div className="slide-body">
              <TitleSlide file={file} proposals={proposals} illustrative={illustrative} />
            </div>
          </div>
        );
      case 'before':
      case 'after': {
        const proposal = proposals[s.p];
        const layouts = proposal ? storyPages.proposals[s.p] : storyPages.today;
        const layout = layouts?.[s.page - 1];
        const units = proposal ? proposal.units : todayUnits;
        const title = s.kind === 'before' ? (proposal ? v('slide.before') : v('slide.beforeAll')) : v('slide.after');
        return (
          <SlideFrame title={title} page={page(s)} proposal={frame(proposal)} illustrative={illustrative} className="story-frame">
            {units && layout ? (
              <>
                <div className="story-area">
                  <StoryChart
                    side={s.kind}
                    units={units.filter((u) => layout.boxes.some((b) => b.id === u.id))}
                    layout={layout}
                    names={proposal?.names ?? names}
                    figures={{ before: report.baseline.metrics.units, after: proposal?.report.metrics.units }}
                    changeOf={proposal ? (s.kind === 'before' ? proposal.marks.before : proposal.marks.after) : new Map()}
                  />
                </div>
                {units.length === 0 ? <p className="all-clear big">{v('storyChart.none')}</p> : <p className="story-legend">{v('storyChart.legend')}</p>}
              </>
            ) : (
              <p className="pending">{v('storyChart.computing')}</p>
            )}
          </SlideFrame>
        );
      }
      case 'figures': {
        const proposal = proposals[s.p]!;
        return (
          <SlideFrame title={v('slide.figures')} proposal={frame(proposal)} illustrative={illustrative}>
            <FiguresSlide report={report} proposal={proposal} min={min} />
          </SlideFrame>
        );
      }
      case 'ledger': {
        const proposal = proposals[s.p]!;
        return (
          <SlideFrame title={v('slide.ledger')} page={page(s)} proposal={frame(proposal)} illustrative={illustrative}>
            <LedgerTable rows={proposal.ledger.slice(s.range[0], s.range[1])} className="on-slide" />
          </SlideFrame>
        );
      }
      case 'adjustments': {
        const proposal = proposals[s.p]!;
        return (
          <SlideFrame title={v('slide.adjustments')} page={page(s)} proposal={frame(proposal)} illustrative={illustrative}>
            {proposal.rows ? <AdjustmentTable rows={proposal.rows} units={proposal.names} range={s.range} compact /> : <p className="pending">{t('panel.computing')}</p>}
          </SlideFrame>
        );
      }
      case 'problems': {
        const proposal = proposals[s.p];
        return (
          <SlideFrame title={v('slide.problems')} page={page(s)} proposal={frame(proposal)} illustrative={illustrative}>
            <ProblemsList violations={proposal?.report.violations ?? baselineProblems} range={s.range} />
          </SlideFrame>
        );
      }
      case 'compare':
        return (
          <SlideFrame title={v('slide.compare')} page={page(s)} illustrative={illustrative}>
            <CompareSlideTable file={file} report={report} proposals={proposals} columns={s.columns.map((p) => proposals[p]!)} range={s.range} />
            <p className="slide-note">{v('slide.compareNote')}</p>
          </SlideFrame>
        );
    }
  };

  const rowsOfCompare = keyRows(file, report, proposals, t, v).length;
  return (
    <div className="presentation" data-slide={slide.kind} role="dialog" aria-label={t('present.title')}>
      <div className="slide-area" ref={area}>
        <div className="slide" key={at}>{render(slide)}</div>
        {/* the copies measured for paging: invisible, without the hooks of SPEC §10 and §12 */}
        <div className="slide-measures" aria-hidden="true">
          <div className="slide measuring" ref={copy('story')}>
            <SlideFrame title={v('slide.before')} page={{ n: 1, of: 2 }} proposal={frame(proposals[0])} illustrative={illustrative} className="story-frame">
              <div className="story-area" />
              <p className="story-legend">{v('storyChart.legend')}</p>
            </SlideFrame>
          </div>
          {proposals.map((proposal, p) => (
            <div key={proposal.scenario.id} className="measuring-group">
              <div className="slide measuring" ref={copy(`ledger:${p}`)}>
                <SlideFrame title={v('slide.ledger')} page={{ n: 1, of: 2 }} proposal={frame(proposal)} illustrative={illustrative}>
                  <LedgerTable rows={proposal.ledger} hooks={false} className="on-slide" />
                </SlideFrame>
              </div>
              <div className="slide measuring" ref={copy(`adjustments:${p}`)}>
                <SlideFrame title={v('slide.adjustments')} page={{ n: 1, of: 2 }} proposal={frame(proposal)} illustrative={illustrative}>
                  {proposal.rows && <AdjustmentTable rows={proposal.rows} units={proposal.names} compact hooks={false} />}
                </SlideFrame>
              </div>
              <div className="slide measuring" ref={copy(`problems:${p}`)}>
                <SlideFrame title={v('slide.problems')} page={{ n: 1, of: 2 }} proposal={frame(proposal)} illustrative={illustrative}>
                  <ProblemsList violations={proposal.report.violations} hooks={false} />
                </SlideFrame>
              </div>
            </div>
          ))}
          {proposals.length === 0 && (
            <div className="slide measuring" ref={copy('problems:-1')}>
              <SlideFrame title={v('slide.problems')} page={{ n: 1, of: 2 }} illustrative={illustrative}>
                <ProblemsList violations={baselineProblems} hooks={false} />
              </SlideFrame>
            </div>
          )}
          {proposals.length > 1 &&
            chunks(proposals, COMPARE_COLUMNS).map((columns, c) => (
              <div key={c} className="slide measuring" ref={copy(`compare:${c}`)}>
                <SlideFrame title={v('slide.compare')} page={{ n: 1, of: 2 }} illustrative={illustrative}>
                  <CompareSlideTable file={file} report={report} proposals={proposals} columns={columns} range={[0, rowsOfCompare]} />
                  <p className="slide-note">{v('slide.compareNote')}</p>
                </SlideFrame>
              </div>
            ))}
        </div>
      </div>
      <footer className="slide-nav">
        <button type="button" onClick={() => go(-1)} disabled={at === 0} aria-label={t('present.previous')}>‹</button>
        <span className="slide-count">{t('present.count', { n: at + 1, of: slides.length })}</span>
        <button type="button" onClick={() => go(1)} disabled={at >= slides.length - 1} aria-label={t('present.next')}>›</button>
        <button type="button" data-action="exit-present" onClick={onExit}>{t('present.exit')}</button>
      </footer>
    </div>
  );
}
