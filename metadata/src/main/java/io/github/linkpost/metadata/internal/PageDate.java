package io.github.linkpost.metadata.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A date as a page gives it: the day, and the instant with its offset when the page gives a
 * time with an offset.
 *
 * @param date the day, in the page's own offset
 * @param at the instant, or null
 */
public record PageDate(LocalDate date, OffsetDateTime at) {}
