package org.naswot.search.report;

/** The three NAS-Bench-201 datasets, in the paper's column order. */
public enum BenchmarkDataset {
    CIFAR10("CIFAR-10"), CIFAR100("CIFAR-100"), IMAGENET16_120("ImageNet16-120");

    private final String label;

    BenchmarkDataset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
