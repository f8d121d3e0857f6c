// Where the review's mail comes from: public repositories holding real mail that nobody on the project wrote. The
// mail itself is not in this repository (it is real people's mail, under its sources' terms); `npm run
// review:corpora` lays it out from these repositories at these commits. Licences as the repositories state them.
export type Source = {
  corpus: string; repo: string; commit: string; paths: string[]; licence: string; kind: string; headers: boolean;
  /** 'mbox': each file holds many messages, split at its "From " lines; otherwise one message per file. */
  format?: 'mbox';
  /** Only the files whose path matches (the sent folders of a whole mailbox dump). */
  match?: RegExp;
};

export const SOURCES: Source[] = [
  {corpus: 'enron-mini-debatty', repo: 'tdebatty/java-datasets', commit: 'b148345cc12294a3ba6081aceb9fbc67e83d521b', paths: ['src/main/resources/mini-enron/'],
    licence: 'MIT (repository); the mail is the CMU Enron release made public by FERC', kind: 'Enron business mail, four mailboxes', headers: true},
  {corpus: 'enron-quagga', repo: 'HPI-Information-Systems/Quagga', commit: '4ba5be0fd4a0a5954527ea93cf6592f54f4fc3f0', paths: ['Datasets/Enron/annotated_all/'],
    licence: 'GPL-3.0 (repository); cite Repke & Krestel, ECIR 2018', kind: 'Enron business mail from 54 mailboxes', headers: true},
  {corpus: 'enron-palimpzest', repo: 'mitdbg/palimpzest', commit: '3e61c8e15474fd5d98212fbac98f89a41e9fe37c', paths: ['testdata/enron-eval-medium/', 'testdata/enron-tiny/'],
    licence: 'MIT (repository)', kind: 'Enron business mail', headers: true},
  {corpus: 'asf-quagga', repo: 'HPI-Information-Systems/Quagga', commit: '4ba5be0fd4a0a5954527ea93cf6592f54f4fc3f0', paths: ['Datasets/ASF/'],
    licence: 'GPL-3.0 (repository); the mail is from the public Apache list archives', kind: 'Apache project mailing lists (hadoop, groovy, flink users), bodies only', headers: false},
  {corpus: 'spamassassin-ham', repo: 'stdlib-js/datasets-spam-assassin', commit: '1b84d49ab4b28092ead009b3ceeb67ae525289d1', paths: ['data/easy-ham-1/', 'data/easy-ham-2/', 'data/hard-ham-1/'],
    licence: 'PDDL/CC0 as the repository states; the original corpus keeps copyright with the senders', kind: '2002 mailing-list and personal mail (the non-spam half)', headers: true},
  // The whole CMU Enron release as one mbox per maildir folder; only the sent folders are laid out: mail the 148
  // mailbox owners wrote themselves, which is what Rapport reads. Added for the fifth final sheet, once the three
  // smaller Enron sets were used up by earlier sheets (a mail already judged is left out by its body's id).
  {corpus: 'enron-sent-cmu', repo: 'jpvance123/Amdocs_ML_Email_Analytics', commit: 'cc89e73489938481ea9f2342911df6cbf5f30be7', paths: ['MailDir_to_MBOX/enron/'],
    format: 'mbox', match: /\.(?:sent|_sent_mail|sent_items)$/,
    licence: 'no licence stated; the mail is the CMU Enron release made public by FERC', kind: 'Enron sent mail, 148 mailboxes', headers: true},
];
