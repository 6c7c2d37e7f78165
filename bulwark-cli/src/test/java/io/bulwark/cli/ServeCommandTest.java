package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code bulwark serve} says about options it cannot work with, before binding any port. */
class ServeCommandTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--timeout=45s               | Error: --timeout must be between 1s and 30s (the API server's limits), got 45s",
    "--timeout=soon              | Error: invalid duration \"soon\"; use e.g. 10s, 500ms or 1m",
    "--cert=tls.crt              | Error: --cert and --key go together: give both or neither",
    "--policies=no/such/dir      | Error: --policies no/such/dir: no such file or directory",
    "--port=70000                | Error: --port must be between 0 and 65535, got 70000",
  })
  void refusesOptionsItCannotServeWith(String option, String error) {
    var run = CliRunner.run("serve", option.strip());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(error.strip());
    assertThat(run.out()).isEmpty();
  }
}
