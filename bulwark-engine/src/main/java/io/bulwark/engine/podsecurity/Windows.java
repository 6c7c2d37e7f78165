package io.bulwark.engine.podsecurity;

/** The 1.25+ exemption of Windows pods from Linux-only restricted checks. */
final class Windows {

  private Windows() {}

  static boolean isWindows(Pod pod) {
    return "windows".equals(pod.spec().osName());
  }
}
