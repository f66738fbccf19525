package io.github.objectregistry.json;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "did you mean" hints of an unknown name (DESIGN §4.5): a candidate is close when its full name, or its
 * name after the package, is within a third of the unknown name's length (at least two edits); the closest
 * come first, ties by name, three at most.
 */
class NameSuggestionsTests {

    @Test
    void candidateWithoutAPackageIsJudgedByItsWholeName() {
        assertThat(NameSuggestions.closest("Dense", List.of("Zebra", "Dens", "Conv2D"))).containsExactly("Dens");
    }

    @Test
    void packagedCandidateIsJudgedByItsNameAfterThePackage() {
        assertThat(NameSuggestions.closest("Dense", List.of("my_package>Dense", "other>Zebra")))
            .containsExactly("my_package>Dense");
    }

    @Test
    void candidateExactlyAtTheThresholdIsSuggested() {
        assertThat(NameSuggestions.closest("Dense", List.of("Den", "De"))).containsExactly("Den");
    }

    @Test
    void namesOf128CharactersAreComparedAndLongerOnesAreNot() {
        List<String> candidates = List.of("test>Dense");
        assertThat(NameSuggestions.closest("p".repeat(122) + ">Dense", candidates)).containsExactly("test>Dense");
        assertThat(NameSuggestions.closest("p".repeat(123) + ">Dense", candidates)).isEmpty();
    }

    @Test
    void candidatesOf128CharactersAreComparedAndLongerOnesAreNot() {
        String longest = "p".repeat(122) + ">Dense";
        assertThat(NameSuggestions.closest("test>Dense", List.of(longest, "q".repeat(123) + ">Dense")))
            .containsExactly(longest);
    }

    @Test
    void editDistanceCountsEachInsertionDeletionAndSubstitution() {
        assertThat(NameSuggestions.levenshtein("", "abc")).isEqualTo(3);
        assertThat(NameSuggestions.levenshtein("abc", "")).isEqualTo(3);
        assertThat(NameSuggestions.levenshtein("x", "abc")).isEqualTo(3);
        assertThat(NameSuggestions.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSuggestions.levenshtein("Dense", "Dense")).isZero();
    }

    @Test
    void closestComeFirstThenByNameThreeAtMost() {
        assertThat(NameSuggestions.closest("test>Dense",
                List.of("test>Denser", "b>Dense", "a>Dense", "c>Dense", "test>Dropout")))
            .containsExactly("a>Dense", "b>Dense", "c>Dense");
    }
}
