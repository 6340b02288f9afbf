package ctc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  @Test
  void onlyAnswersIn2xxCountAsThroughput() {
    Measurement measurement = new Measurement(1_000, 200, 3, 2.0, 1, 2, 3);

    assertThat(measurement.perSecond()).isEqualTo(400.0);
    assertThat(measurement.errors()).isEqualTo(203);
  }

  @Test
  void twoInstancesAddTheirAnswersAndKeepTheWorsePercentiles() {
    Measurement combined =
        Measurement.combined(
            List.of(
                new Measurement(100, 1, 0, 1.0, 1, 9, 20),
                new Measurement(300, 0, 2, 1.1, 2, 5, 30)));

    assertThat(combined).isEqualTo(new Measurement(400, 1, 2, 1.1, 2, 9, 30));
  }
}
