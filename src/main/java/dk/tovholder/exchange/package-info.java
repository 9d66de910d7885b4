/**
 * The resource exchange's posts (ressourcebørs): organisations ask for help
 * (requests) and offer what they have (offers), with a category, a target
 * group and an expiry date at most a year ahead. Everyone logged in reads the
 * posts; people post for their own organisation. Another organisation answers
 * once per post (a unique constraint decides between colleagues answering at
 * once); the answer goes to the poster by e-mail (the mail component observes
 * {@code PostAnswered}) and is the record of a collaboration that the network
 * map draws. Contact details are shown only with the organisation's consent
 * ({@code Organisation.contactVisibleTo}); without it, the answer is the way
 * to get in touch. A post can be announced in a network group's next meeting:
 * an agenda item when the caller edits that agenda, a proposal otherwise.
 * "New since my last visit" compares with the time the person last opened
 * the list ({@code exchange_visit}); the list page carries the visit before
 * through its links, so paging does not clear the marks.
 */
package dk.tovholder.exchange;
