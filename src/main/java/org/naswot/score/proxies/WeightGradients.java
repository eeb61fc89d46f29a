package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.nn.Constants;
import org.naswot.nn.Parameter;

/**
 * The conv/linear weights of a network and the gradient of the mean cross-entropy on the batch w.r.t.
 * each (BatchNorm on batch statistics, as the zero-cost-nas reference runs snip and grad_norm with
 * {@code bn=True} in training mode; computed by {@link LossPass}). Values are copied out, so they outlive the
 * network's arrays.
 */
public record WeightGradients(List<Layer> layers) {

    /** The L2 norm of a layer's values, summed in double precision. */
    static double l2Norm(float[] values) {
        double squares = 0;
        for (float v : values) {
            squares += (double) v * v;
        }
        return Math.sqrt(squares);
    }

    /** Sum over all weights of weight x gradient, or of its absolute value (snip) when {@code absolute}. */
    double weightTimesGradient(boolean absolute) {
        double sum = 0;
        for (Layer layer : layers) {
            float[] w = layer.weight();
            float[] g = layer.gradient();
            for (int i = 0; i < w.length; i++) {
                double product = (double) w[i] * g[i];
                sum += absolute ? Math.abs(product) : product;
            }
        }
        return sum;
    }

    /** One weight tensor and its gradient, flattened. */
    public record Layer(float[] weight, float[] gradient) {
    }

    public WeightGradients {
        layers = List.copyOf(layers);
    }

    /** The batch's class labels, refused with a message naming {@code proxies} when the batch has none. */
    static int[] checkedLabels(ProxyContext context, String proxies) {
        int[] labels = context.batch().labels();
        for (int label : labels) {
            if (label < 0 || label >= context.classes()) {
                throw new UserFacingException(proxies + ": the batch's class labels (0.." + (context.classes() - 1)
                        + ") are needed, found " + label + ": noise batches have none");
            }
        }
        return labels;
    }

    static List<NDArray> values(List<Parameter> parameters) {
        return parameters.stream().map(Parameter::value).toList();
    }

    /** PyTorch's {@code F.cross_entropy} with mean reduction. */
    static NDArray crossEntropy(NDArray logits, NDArray labels, int classes) {
        NDArray logProbabilities = logits.logSoftmax(1);
        NDArray oneHot = labels.oneHot(classes).toType(logits.getDataType(), false);
        NDArray total = logProbabilities.mul(oneHot).sum().neg();
        return total.div(Constants.scalar(total, logits.getShape().get(0)));
    }
}
