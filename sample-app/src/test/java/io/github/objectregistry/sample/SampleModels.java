package io.github.objectregistry.sample;

/** Request bodies shared by the sample app's tests. */
final class SampleModels {

    /** Normalize(1, 2) → Dense(identity, bias [0, 0.5], swish) → Clip(-1, 1): input [3, 1] gives swish([1, 0.5]). */
    static final String TINY = """
            {"name": "tiny", "layers": [
              {"class_name": "Normalize", "registered_name": "sample>Normalize", "config": {"mean": 1, "std": 2}},
              {"class_name": "Dense", "registered_name": "sample>Dense",
               "config": {"kernel": [[1, 0], [0, 1]], "bias": [0, 0.5], "activation": "sample>swish"}},
              {"class_name": "Clip", "registered_name": "sample>Clip", "config": {"min": -1, "max": 1}}]}""";

    static final String INPUT = "{\"input\": [3, 1]}";

    private SampleModels() {
    }

    static double swish(double x) {
        return x / (1 + Math.exp(-x));
    }

    static double hardSwish(double x) {
        return x * Math.min(6, Math.max(0, x + 3)) / 6;
    }
}
