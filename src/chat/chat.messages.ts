import { registerMessages } from '../platform/i18n.js';

// Children read some of these (through the chat page): short sentences, plain words.
registerMessages({
  'nl-BE': {
    chat_unavailable: 'De chat is nu niet beschikbaar. Probeer later opnieuw.',
    chat_closed: 'De chat is nu gesloten. Kijk bij de openingsuren wanneer we er weer zijn.',
    chat_blocked: 'Je kunt nu niet chatten. Probeer later opnieuw.',
    chat_ended: 'Dit gesprek is afgelopen.',
    chat_capacity_full: 'U hebt al {capacity} gesprekken. Rond er eerst één af of verhoog uw capaciteit.',
    chat_queue_empty: 'Er wacht niemand in de wachtrij.',
    chat_colleague_unavailable: 'Deze collega is niet beschikbaar voor een overdracht.',
    chat_colleague_full: 'Deze collega heeft geen plaats meer voor een extra gesprek.',
    code_word_too_short: 'Kies een codewoord van minstens 8 tekens, bijvoorbeeld twee woorden.',
    code_word_taken: 'Kies een ander codewoord.',
    code_word_unknown: 'We vinden geen gesprek met dit codewoord. Misschien is het verlopen.',
    chat_feedback_given: 'Je hebt deze vraag al beantwoord. Dank je!',
  },
  en: {
    chat_unavailable: 'The chat is not available right now. Please try again later.',
    chat_closed: 'The chat is closed now. Check the opening hours to see when we are back.',
    chat_blocked: 'You cannot chat right now. Please try again later.',
    chat_ended: 'This chat has ended.',
    chat_capacity_full: 'You already have {capacity} chats. Finish one first or raise your capacity.',
    chat_queue_empty: 'Nobody is waiting in the queue.',
    chat_colleague_unavailable: 'This colleague is not available for a transfer.',
    chat_colleague_full: 'This colleague has no room for another chat.',
    code_word_too_short: 'Choose a code word of at least 8 characters, for example two words.',
    code_word_taken: 'Choose another code word.',
    code_word_unknown: 'We cannot find a chat with this code word. It may have expired.',
    chat_feedback_given: 'You have already answered this question. Thank you!',
  },
});
