package io.bulwark.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class MutationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Arguments> blocks() {
    return Stream.of(
        Arguments.of("{'patchStrategicMerge': {}}", true, false, true),
        Arguments.of("{'targets': [], 'patchStrategicMerge': {}}", false, false, false),
        Arguments.of("{'targets': [{'kind': 'ConfigMap'}], 'patchStrategicMerge': {}}", false, true, false),
        Arguments.of("{'targets': [{'kind': 'ConfigMap'}], 'mutateExistingOnPolicyUpdate': true}", false, true, true),
        Arguments.of("{'targets': [{'kind': 'ConfigMap'}], 'mutateExistingOnPolicyUpdate': false}", true, true, false));
  }

  @ParameterizedTest(name = "{0} (policy says {1})")
  @MethodSource("blocks")
  void readsMutateExistingSettings(String block, boolean policyDefault, boolean existing, boolean onPolicyUpdate) {
    Mutation mutation = new Mutation(JSON.readTree(block.replace('\'', '"')));
    assertThat(mutation.isMutateExisting()).isEqualTo(existing);
    assertThat(mutation.mutateExistingOnPolicyUpdate(policyDefault)).isEqualTo(onPolicyUpdate);
  }
}
