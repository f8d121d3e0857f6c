import browser from 'webextension-polyfill';
import {t} from '../shared/i18n.ts';
import {sentence} from '../ui/sentence.tsx';

/** What a new user should do first, in order: Rapport can only coach what it has been shown. */
export function Welcome({hasExecutive}: {hasExecutive: boolean}) {
  const settings = <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noreferrer">{t('popup_welcomeSettings')}</a>;
  return (
    <div className="card welcome" data-testid="welcome">
      <p><strong>{t('popup_welcomeTitle')}</strong> {t('popup_welcomeIntro')}</p>
      <ol>
        {!hasExecutive && <li>{sentence('popup_welcomeExecutive', settings)}</li>}
        <li>{t('popup_welcomeGmail')}</li>
        <li>{t('popup_welcomeCalendar')}</li>
      </ol>
      <p className="muted">{t('popup_welcomePrivate')}</p>
    </div>
  );
}
