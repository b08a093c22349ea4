package io.github.linkpost.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {
  @Test
  void resultsComeInTheItemsOrderAndEachItemIsTakenOnce() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<String> results = Workers.map(items, i -> {
      calls.incrementAndGet();
      threads.add(Thread.currentThread().getName());
      return "item " + i;
    });
    assertThat(calls).hasValue(5_000);
    assertThat(results).hasSize(5_000).startsWith("item 0", "item 1").endsWith("item 4999");
    assertThat(results).containsExactlyElementsOf(items.stream().map(i -> "item " + i).toList());
    assertThat(threads.size()).isBetween(1, Runtime.getRuntime().availableProcessors());
    assertThat(threads).contains(Thread.currentThread().getName());
  }

  @Test
  void nullResultsAndEmptyListsAreKept() {
    assertThat(Workers.map(List.of(1, 2, 3), i -> i == 2 ? null : i)).containsExactly(1, null, 3);
    assertThat(Workers.map(List.<Integer>of(), i -> i)).isEmpty();
  }

  @Test
  void aFailureStopsTheWorkAndIsThrownToTheCaller() {
    List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> Workers.map(items, i -> {
      calls.incrementAndGet();
      if (i == 10) {
        throw new IllegalArgumentException("bad item " + i);
      }
      return i;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 10");
    assertThat(calls.get()).isLessThan(100_000);
  }

  @Test
  void anErrorIsThrownAsItself() {
    assertThatThrownBy(() -> Workers.map(List.of(1), i -> {
      throw new AssertionError("broken");
    })).isInstanceOf(AssertionError.class).hasMessage("broken");
  }
}
