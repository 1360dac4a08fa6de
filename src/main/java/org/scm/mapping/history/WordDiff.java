package org.scm.mapping.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (java-diff-utils over words and the spaces between them), shaped as
 * the UI renders it: runs of unchanged, deleted and inserted text that, read in order, give the old
 * text (equal + delete) and the new one (equal + insert).
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    /** One run of text. */
    public record Segment(Op op, String text) {}

    public enum Op {
        EQUAL,
        DELETE,
        INSERT
    }

    private WordDiff() {}

    /** @param from the old text, null for none; @param to the new text, null for none */
    public static List<Segment> between(String from, String to) {
        List<String> before = tokens(from);
        List<String> after = tokens(to);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            add(segments, Op.EQUAL, before.subList(position, delta.getSource().getPosition()));
            add(segments, Op.DELETE, delta.getSource().getLines());
            add(segments, Op.INSERT, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Op.EQUAL, before.subList(position, before.size()));
        return List.copyOf(segments);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).op() == op) {
            segments.set(last, new Segment(op, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }
}
