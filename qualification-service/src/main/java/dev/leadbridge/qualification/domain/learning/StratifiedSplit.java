package dev.leadbridge.qualification.domain.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splits examples into training and hold-out sets with the same share of positive outcomes in each, so a rare
 * outcome (a won deal) is not missing from the hold-out by chance. Seeded: the same outcomes and seed always give the
 * same split.
 *
 * @param training the indexes of the training examples, ascending
 * @param holdOut  the indexes of the hold-out examples, ascending
 */
public record StratifiedSplit(List<Integer> training, List<Integer> holdOut) {

    public StratifiedSplit {
        training = List.copyOf(training);
        holdOut = List.copyOf(holdOut);
    }

    /** Holds out {@code share} of the positives and of the negatives (rounded), chosen at random by {@code seed}. */
    public static StratifiedSplit of(int[] outcomes, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the hold-out share lies strictly between 0 and 1, was " + share);
        }
        Random random = new Random(seed);
        List<Integer> training = new ArrayList<>();
        List<Integer> holdOut = new ArrayList<>();
        for (int outcome = 0; outcome <= 1; outcome++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == outcome) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            int held = (int) Math.round(members.size() * share);
            holdOut.addAll(members.subList(0, held));
            training.addAll(members.subList(held, members.size()));
        }
        Collections.sort(training);
        Collections.sort(holdOut);
        return new StratifiedSplit(training, holdOut);
    }
}
