package org.naswot.figures.scatter;

import org.jfree.data.DomainInfo;
import org.jfree.data.Range;
import org.jfree.data.RangeInfo;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * A one-series JFreeChart dataset over {@link ScatterData}'s primitive arrays: no per-item objects, bounds
 * known without a scan. {@link #refresh()} fires one change event (one redraw) per appended batch.
 */
public final class ScatterDataset extends AbstractXYDataset implements DomainInfo, RangeInfo {
    private static final long serialVersionUID = 1L;
    private final transient ScatterData data;

    public ScatterDataset(ScatterData data) {
        this.data = data;
    }

    public void refresh() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return 1;
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return "architectures";
    }

    @Override
    public int getItemCount(int series) {
        return data.plottedCount();
    }

    @Override
    public Number getX(int series, int item) {
        return data.x(item);
    }

    @Override
    public Number getY(int series, int item) {
        return data.y(item);
    }

    @Override
    public double getXValue(int series, int item) {
        return data.x(item);
    }

    @Override
    public double getYValue(int series, int item) {
        return data.y(item);
    }

    @Override
    public double getDomainLowerBound(boolean includeInterval) {
        return data.minX();
    }

    @Override
    public double getDomainUpperBound(boolean includeInterval) {
        return data.maxX();
    }

    @Override
    public Range getDomainBounds(boolean includeInterval) {
        return data.plottedCount() == 0 ? null : new Range(data.minX(), data.maxX());
    }

    @Override
    public double getRangeLowerBound(boolean includeInterval) {
        return data.minY();
    }

    @Override
    public double getRangeUpperBound(boolean includeInterval) {
        return data.maxY();
    }

    @Override
    public Range getRangeBounds(boolean includeInterval) {
        return data.plottedCount() == 0 ? null : new Range(data.minY(), data.maxY());
    }
}
