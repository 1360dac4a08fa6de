package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scm.mapping.history.WordDiff.Op;
import org.scm.mapping.history.WordDiff.Segment;

class WordDiffTest {

    @Test
    void aChangedWordIsADeletionAndAnInsertionBetweenUnchangedRuns() {
        assertEquals(
                List.of(
                        new Segment(Op.EQUAL, "The UNHCR has offices in "),
                        new Segment(Op.DELETE, "110"),
                        new Segment(Op.INSERT, "135"),
                        new Segment(Op.EQUAL, " countries.")),
                WordDiff.between("The UNHCR has offices in 110 countries.", "The UNHCR has offices in 135 countries."));
    }

    @Test
    void readingTheRunsGivesBackBothTexts() {
        String from = "Observer since 2010.\nActive in  the region.";
        String to = "Member since 2020. Active in the whole region, and beyond.";
        List<Segment> diff = WordDiff.between(from, to);
        assertEquals(
                from,
                diff.stream()
                        .filter(s -> s.op() != Op.INSERT)
                        .map(Segment::text)
                        .collect(Collectors.joining()));
        assertEquals(
                to,
                diff.stream()
                        .filter(s -> s.op() != Op.DELETE)
                        .map(Segment::text)
                        .collect(Collectors.joining()));
    }

    @Test
    void anAddedTextIsOneInsertionAndEqualTextsOneRun() {
        assertEquals(List.of(new Segment(Op.INSERT, "New notes.")), WordDiff.between(null, "New notes."));
        assertEquals(List.of(new Segment(Op.EQUAL, "Same.")), WordDiff.between("Same.", "Same."));
        assertEquals(List.of(), WordDiff.between("", ""));
    }

    @Test
    void profileChangesListOnlyDifferingFieldsWithDiffsForTextsOnBothSides() {
        java.util.Map<String, String> before = new java.util.HashMap<>();
        before.put("name", "Old name");
        before.put("foundingYear", "1950");
        before.put("notes", null);
        java.util.Map<String, String> after = new java.util.HashMap<>(before);
        after.put("name", "New name");
        after.put("foundingYear", "1951");
        after.put("notes", "Added.");
        List<ProfileFields.Change> changes = ProfileFields.changes(before, after);
        assertEquals(
                List.of("name", "foundingYear", "notes"),
                changes.stream().map(ProfileFields.Change::field).toList());
        assertEquals(
                List.of(new Segment(Op.DELETE, "Old"), new Segment(Op.INSERT, "New"), new Segment(Op.EQUAL, " name")),
                changes.get(0).diff());
        assertEquals(null, changes.get(1).diff(), "not a text");
        assertEquals(null, changes.get(2).diff(), "no text before");
    }
}
