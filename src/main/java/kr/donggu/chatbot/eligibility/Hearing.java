package kr.donggu.chatbot.eligibility;

import java.util.Optional;

/** The dialogue's ears: the recognisers built from the word file, and what a message says of the asker. */
final class Hearing {

    private final Kinds kinds;
    private final Places places;
    private final ShortAnswers answers;
    private final Asking asking;

    Hearing(Words words) {
        this.kinds = new Kinds(words);
        this.places = new Places(words.places(), kinds::startsWithKind);
        this.answers = new ShortAnswers(words);
        this.asking = new Asking(words);
    }

    Kinds kinds() {
        return kinds;
    }

    Places places() {
        return places;
    }

    ShortAnswers answers() {
        return answers;
    }

    Asking asking() {
        return asking;
    }

    /** Kind, legal form and place said in passing ("동구에 있는 협동조합인데 …"); true when anything new was heard. */
    boolean absorb(String message, Slots slots) {
        boolean heard = false;
        Optional<EnterpriseType> type = kinds.type(message);
        if (type.isPresent() && !type.equals(slots.type())) {
            slots.type(type.get());
            heard = true;
        } else if (type.isEmpty() && slots.type().isEmpty()) {
            Optional<String> form = kinds.legalForm(message);
            if (form.isPresent() && !form.equals(slots.form())) {
                slots.form(form.get());
                heard = true;
            }
        }
        Optional<Location> place = places.find(message, false);
        if (place.isPresent() && !place.equals(slots.location())) {
            slots.location(place.get());
            heard = true;
        }
        return heard;
    }
}
