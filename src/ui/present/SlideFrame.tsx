// The frame of every slide: its title (with the page where a table continues), the proposal it is
// about in that proposal's colour, and, for illustrative files, the mark that says so.
import type { ReactNode } from 'react';
import { proposalColor } from '../compare/palette';
import { useT } from '../context';
import { shortenMiddle } from '../text';
import { useViewsText } from '../meeting/useViewsText';

export interface SlideProposal {
  name: string;
  index: number;
}

interface Props {
  title: string;
  page?: { n: number; of: number };
  proposal?: SlideProposal;
  illustrative: boolean;
  className?: string;
  children: ReactNode;
}

export function SlideFrame({ title, page, proposal, illustrative, className, children }: Props) {
  const { t } = useT();
  const { v } = useViewsText();
  return (
    <div className={`slide-frame${className ? ` ${className}` : ''}`}>
      <header className="slide-head">
        <h2>
          {title}
          {page && page.of > 1 && <span className="slide-page">{v('slide.page', { n: page.n, of: page.of })}</span>}
        </h2>
        <span className="slide-tags">
          {proposal && (
            <span className="slide-proposal" title={proposal.name}>
              <span className="swatch" style={{ background: proposalColor(proposal.index) }} aria-hidden="true" />
              {shortenMiddle(proposal.name, 24)}
            </span>
          )}
          {illustrative && <span className="slide-mark" data-illustrative="">{t('fileInfo.illustrativeLong')}</span>}
        </span>
      </header>
      <div className="slide-body">{children}</div>
    </div>
  );
}
