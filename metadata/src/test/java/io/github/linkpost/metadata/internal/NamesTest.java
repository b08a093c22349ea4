package io.github.linkpost.metadata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void bylinesBecomeNames() {
    assertThat(Names.of("By Jane Doe and John Roe", false)).containsExactly("Jane Doe", "John Roe");
    assertThat(Names.of("by JANE DOE", false)).containsExactly("JANE DOE");
    assertThat(Names.of("Written by: Ola Nordmann", false)).containsExactly("Ola Nordmann");
    assertThat(Names.of("Ada Lovelace, Charles Babbage and Mary Somerville", false))
        .containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");
    assertThat(Names.of("Jane Doe & John Roe", false)).containsExactly("Jane Doe", "John Roe");
    assertThat(Names.of("Jane Doe; John Roe", false)).containsExactly("Jane Doe", "John Roe");
    assertThat(Names.of("Jane Doe, Staff Writer", false)).containsExactly("Jane Doe");
    assertThat(Names.of("Von Anna Schmidt und Peter Braun", false))
        .containsExactly("Anna Schmidt", "Peter Braun");
    assertThat(Names.of("Jane Doe and jane doe", false)).containsExactly("Jane Doe");
    assertThat(Names.of("Dana O&#039;Neill", false)).containsExactly("Dana O'Neill");
    assertThat(Names.of("  Ruth\n   Okafor ", false)).containsExactly("Ruth Okafor");
  }

  @Test
  void scholarlyNamesAreTurnedRound() {
    assertThat(Names.of("Lindqvist, Maja", true)).containsExactly("Maja Lindqvist");
    assertThat(Names.of("Oduya, Kwame A.", true)).containsExactly("Kwame A. Oduya");
    assertThat(Names.of("Lindqvist, Maja", false)).containsExactly("Lindqvist, Maja");
    assertThat(Names.of("Environment Office, Water Quality Unit", true))
        .containsExactly("Environment Office, Water Quality Unit");
  }

  @Test
  void urlsHandlesAndAddressesAreNoNames() {
    for (String notAName : List.of("https://www.facebook.com/jane.doe",
        "http://example.org/author/jane", "www.example.org/jane", "example.org/people/jane",
        "@janedoe", "jane@example.org", "", "   ", "---", "1234")) {
      assertThat(Names.of(notAName, false)).as(notAName).isEmpty();
    }
    assertThat(Names.of("Jane Doe (@janedoe)", false)).containsExactly("Jane Doe");
    assertThat(Names.of("Jane Doe (jane@example.org)", false)).containsExactly("Jane Doe");
    assertThat(Names.of("A sentence that is far too long to be the name of any person at all",
        false)).isEmpty();
  }
}
