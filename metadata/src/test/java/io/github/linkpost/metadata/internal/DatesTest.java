package io.github.linkpost.metadata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  /** The text, then the date and (when there is an offset) the date-time it gives. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-11-10                         | 2024-11-10 |",
      "2024-11-10T09:30:00Z               | 2024-11-10 | 2024-11-10T09:30Z",
      "2024-11-10T09:30:00.000+00:00      | 2024-11-10 | 2024-11-10T09:30Z",
      "2024-11-10T23:30:00-0800           | 2024-11-10 | 2024-11-10T23:30-08:00",
      "2024-11-10T09:30:00+05             | 2024-11-10 | 2024-11-10T09:30+05:00",
      "2024-11-10 09:30:00 -0500          | 2024-11-10 | 2024-11-10T09:30-05:00",
      "2024-11-10T09:30:00                | 2024-11-10 |",
      "2024-11-10T09:30:00.123456789Z     | 2024-11-10 | 2024-11-10T09:30Z",
      "2024-1-5                           | 2024-01-05 |",
      "2019/05/07                         | 2019-05-07 |",
      "2019.05.07                         | 2019-05-07 |",
      "20241110                           | 2024-11-10 |",
      "1731231000                         | 2024-11-10 | 2024-11-10T09:30Z",
      "1731231000000                      | 2024-11-10 | 2024-11-10T09:30Z",
      "Sun, 10 Nov 2024 09:30:00 GMT      | 2024-11-10 | 2024-11-10T09:30Z",
      "Sun, 10 Nov 2024 09:30:00 +0100    | 2024-11-10 | 2024-11-10T09:30+01:00",
      "November 10, 2024                  | 2024-11-10 |",
      "Nov. 10, 2024                      | 2024-11-10 |",
      "Sunday, November 10th, 2024        | 2024-11-10 |",
      "10 November 2024                   | 2024-11-10 |",
      "10 Nov 2024                        | 2024-11-10 |",
      "Sept 3 2021                        | 2021-09-03 |",
      "November 10, 2024 at 9:30 pm EST   | 2024-11-10 | 2024-11-10T21:30-05:00",
      "Posted on February 11, 2018        | 2018-02-11 |",
      "10. November 2024                  | 2024-11-10 |",
      "3 février 2023                     | 2023-02-03 |",
      "10.11.2024                         | 2024-11-10 |",
      "25/12/2020                         | 2020-12-25 |",
      "12/25/2020                         | 2020-12-25 |",
      "  2024-11-10\u00A0                 | 2024-11-10 |"})
  void readsTheFormsPagesWrite(String text, String date, String at) {
    PageDate parsed = Dates.parse(text);
    assertThat(parsed).as(text).isNotNull();
    assertThat(parsed.date()).hasToString(date);
    assertThat(parsed.at() == null ? null : parsed.at().toString()).isEqualTo(at);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "5 hours ago", "2019", "May 2019",
      "10/11/2024", "2024-13-01", "2024-02-30", "1970-01-01T00:00:00Z", "0000-00-00",
      "0001-01-01", "Updated 3 days ago", "12345678901", "Nov", "31 Feb 2020"})
  void isNoDateWhenItCannotBeReadForSure(String text) {
    assertThat(Dates.parse(text)).as(text).isNull();
  }
}
