package io.sxalable.driver.ciscoios.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-based unified diff ({@code diff -u} format, 3 lines of context) computed with Myers' O(ND) algorithm after
 * trimming the common head and tail. Very different texts (more than {@value #MAX_EDITS} changed lines) get a
 * correct but non-minimal diff instead of a long computation.
 */
public final class UnifiedDiff {

    static final int CONTEXT = 3;
    static final int MAX_EDITS = 2000;

    private enum Op { EQUAL, DELETE, INSERT }

    private record Edit(Op op, String line) {
    }

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after}; {@code ""} when they are equal line for line. */
    public static String diff(String before, String after, String beforeName, String afterName) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.op() == Op.EQUAL)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
        hunks(edits, out);
        return out.toString();
    }

    private static List<String> lines(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.isEmpty()) {
            return List.of();
        }
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return List.of(t.split("\n", -1));
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            edits.add(new Edit(Op.EQUAL, a.get(i)));
        }
        edits.addAll(myers(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)));
        for (int i = a.size() - tail; i < a.size(); i++) {
            edits.add(new Edit(Op.EQUAL, a.get(i)));
        }
        return edits;
    }

    /** Myers' greedy algorithm, keeping V for each d (only its -d..d range) to walk back. */
    private static List<Edit> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        if (max == 0) {
            return List.of();
        }
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int offset = max + 1;
        int found = -1;
        for (int d = 0; d <= max && d <= MAX_EDITS; d++) {
            int[] snapshot = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                }
                if (found >= 0) {
                    break;
                }
            }
            for (int k = -d; k <= d; k++) {
                snapshot[k + d] = v[offset + k];
            }
            trace.add(snapshot);
            if (found >= 0) {
                break;
            }
        }
        if (found < 0) {
            List<Edit> all = new ArrayList<>();
            a.forEach(l -> all.add(new Edit(Op.DELETE, l)));
            b.forEach(l -> all.add(new Edit(Op.INSERT, l)));
            return all;
        }
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && get(prev, d - 1, k - 1) < get(prev, d - 1, k + 1));
            int prevK = down ? k + 1 : k - 1;
            int prevX = get(prev, d - 1, prevK);
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Edit(Op.EQUAL, a.get(x - 1)));
                x--;
                y--;
            }
            if (down) {
                reversed.add(new Edit(Op.INSERT, b.get(y - 1)));
                y--;
            } else {
                reversed.add(new Edit(Op.DELETE, a.get(x - 1)));
                x--;
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Edit(Op.EQUAL, a.get(x - 1)));
            x--;
            y--;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = reversed.size() - 1; i >= 0; i--) {
            edits.add(reversed.get(i));
        }
        return edits;
    }

    private static int get(int[] snapshot, int d, int k) {
        int i = k + d;
        return i < 0 || i >= snapshot.length ? -1 : snapshot[i];
    }

    private static void hunks(List<Edit> edits, StringBuilder out) {
        int i = 0;
        int lineA = 1;
        int lineB = 1;
        // positions (1-based) of each edit in a and b
        int[] posA = new int[edits.size()];
        int[] posB = new int[edits.size()];
        for (int e = 0; e < edits.size(); e++) {
            posA[e] = lineA;
            posB[e] = lineB;
            if (edits.get(e).op() != Op.INSERT) {
                lineA++;
            }
            if (edits.get(e).op() != Op.DELETE) {
                lineB++;
            }
        }
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.EQUAL) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend while the next change is within 2 * CONTEXT equal lines
            while (true) {
                while (end < edits.size() && edits.get(end).op() != Op.EQUAL) {
                    end++;
                }
                int equal = 0;
                while (end + equal < edits.size() && edits.get(end + equal).op() == Op.EQUAL) {
                    equal++;
                }
                if (end + equal < edits.size() && equal <= 2 * CONTEXT) {
                    end += equal;
                    continue;
                }
                end = Math.min(edits.size(), end + Math.min(equal, CONTEXT));
                break;
            }
            int countA = 0;
            int countB = 0;
            StringBuilder body = new StringBuilder();
            for (int e = start; e < end; e++) {
                Edit edit = edits.get(e);
                switch (edit.op()) {
                    case EQUAL -> {
                        body.append(' ').append(edit.line()).append('\n');
                        countA++;
                        countB++;
                    }
                    case DELETE -> {
                        body.append('-').append(edit.line()).append('\n');
                        countA++;
                    }
                    case INSERT -> {
                        body.append('+').append(edit.line()).append('\n');
                        countB++;
                    }
                }
            }
            int firstA = countA == 0 ? posA[start] - 1 : posA[start];
            int firstB = countB == 0 ? posB[start] - 1 : posB[start];
            out.append("@@ -").append(range(firstA, countA)).append(" +").append(range(firstB, countB)).append(" @@\n");
            out.append(body);
            i = end;
        }
    }

    private static String range(int first, int count) {
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }
}
