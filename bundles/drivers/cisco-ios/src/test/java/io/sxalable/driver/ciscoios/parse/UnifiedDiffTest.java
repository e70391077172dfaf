package io.sxalable.driver.ciscoios.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.diff("a\nb\n", "a\nb\n", "x", "y")).isEmpty();
        assertThat(UnifiedDiff.diff("", "", "x", "y")).isEmpty();
    }

    @Test
    void changeInTheMiddleWithContext() {
        String before = lines(1, 20);
        String after = before.replace("line 10\n", "line ten\n");

        assertThat(UnifiedDiff.diff(before, after, "a", "b")).isEqualTo("""
                --- a
                +++ b
                @@ -7,7 +7,7 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13
                """);
    }

    @Test
    void distantChangesMakeTwoHunksAndCloseOnesOne() {
        String before = lines(1, 30);
        String after = before.replace("line 3\n", "").replace("line 25\n", "line 25\nnew\n");
        String diff = UnifiedDiff.diff(before, after, "a", "b");
        assertThat(diff).contains("@@ -1,6 +1,5 @@\n line 1\n line 2\n-line 3\n")
                .contains("@@ -23,6 +22,7 @@\n line 23\n line 24\n line 25\n+new\n line 26\n");

        String near = before.replace("line 3\n", "").replace("line 8\n", "line eight\n");
        assertThat(UnifiedDiff.diff(before, near, "a", "b").split("@@ ").length).isEqualTo(2);
    }

    @Test
    void fromAndToEmpty() {
        assertThat(UnifiedDiff.diff("", "a\nb\n", "x", "y")).isEqualTo("--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n");
        assertThat(UnifiedDiff.diff("a\n", "", "x", "y")).isEqualTo("--- x\n+++ y\n@@ -1 +0,0 @@\n-a\n");
    }

    @Test
    void largeReplaceIsMinimal() {
        String diff = UnifiedDiff.diff(lines(1, 3000), lines(1001, 4000), "a", "b");
        assertThat(removed(diff)).isEqualTo(1000);
        assertThat(added(diff)).isEqualTo(1000);
    }

    @Test
    void veryDifferentTextsStillGiveACorrectDiff() {
        // beyond MAX_EDITS changed lines: everything removed, everything added
        String diff = UnifiedDiff.diff(lines(1, 3000), lines(2001, 6000), "a", "b");
        assertThat(removed(diff)).isEqualTo(3000);
        assertThat(added(diff)).isEqualTo(4000);
    }

    private static long removed(String diff) {
        return diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count();
    }

    private static long added(String diff) {
        return diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count();
    }

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
