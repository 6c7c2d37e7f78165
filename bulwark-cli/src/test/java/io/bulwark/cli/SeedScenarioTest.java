package io.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The seed story end to end: the Kubeflow user's malicious Pod is refused by both policies. */
class SeedScenarioTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int bulwark(String... args) {
    return BulwarkMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void maliciousPodIsBlockedByBothPolicies() {
    int exit = bulwark("apply", "../policies/kubeflow", "--resource", "../examples/kubeflow/pwn-pod.yaml");

    assertThat(exit).isEqualTo(1);
    String output = out.toString();
    assertThat(output).contains("Applying 6 policy rule(s) to 1 resource(s)...");
    assertThat(output).contains("policy disallow-host-namespaces -> resource kubeflow-user/Pod/pwn failed:");
    assertThat(output).contains("policy disallow-privileged-containers -> resource kubeflow-user/Pod/pwn failed:");
    assertThat(output).contains("pass: 0, fail: 2, warn: 0, error: 0, skip: 0 ");
    assertThat(output).contains("\n\nresource Pod/kubeflow-user/pwn was blocked due to the following policies \n\n"
        + "disallow-host-namespaces:\n"
        + "  host-namespaces: 'validation error: Sharing the host namespaces is disallowed. The\n"
        + "    fields spec.hostNetwork, spec.hostIPC, and spec.hostPID must be unset or set to\n"
        + "    `false`. rule host-namespaces failed at path /spec/hostNetwork/'\n"
        + "disallow-privileged-containers:\n"
        + "  privileged-containers: 'validation error: Privileged mode is disallowed. The fields\n");
    assertThat(output).contains("    must be unset or set to `false`. rule privileged-containers failed at path"
        + " /spec/containers/0/securityContext/privileged/'\n");
    assertThat(err.toString()).contains("Error: exit as there are policy violations");
  }

  @Test
  void ordinaryNotebookPodPasses() {
    int exit = bulwark("apply", "../policies/kubeflow", "--resource", "../examples/kubeflow/notebook-pod.yaml");

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString()).contains("pass: 2, fail: 0, warn: 0, error: 0, skip: 0 ");
    assertThat(out.toString()).doesNotContain("was blocked");
  }
}
