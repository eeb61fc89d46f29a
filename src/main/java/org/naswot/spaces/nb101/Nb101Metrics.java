package org.naswot.spaces.nb101;

import java.io.IOException;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

/**
 * NAS-Bench-101's {@code ModelMetrics} protobuf, decoded field by field (no generated code):
 * ModelMetrics {repeated EvaluationData evaluation_data = 1; double trainable_parameters = 2;
 * double total_time = 3;} and EvaluationData {double current_epoch = 1; double training_time = 2;
 * double train_accuracy = 3; double validation_accuracy = 4; double test_accuracy = 5;
 * string checkpoint_path = 6;}. Only the evaluation with the highest epoch (the final one) is kept.
 */
record Nb101Metrics(double trainableParameters, double totalTime, Evaluation last) {

    record Evaluation(double epoch, double trainingTime, double trainAccuracy, double validationAccuracy,
                      double testAccuracy) {
    }

    static Nb101Metrics parse(byte[] bytes) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        double params = Double.NaN;
        double total = Double.NaN;
        Evaluation last = null;
        int tag;
        while ((tag = in.readTag()) != 0) {
            int field = WireFormat.getTagFieldNumber(tag);
            int type = WireFormat.getTagWireType(tag);
            if (field == 1 && type == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int limit = in.pushLimit(in.readRawVarint32());
                Evaluation e = evaluation(in);
                in.popLimit(limit);
                if (last == null || e.epoch() >= last.epoch()) {
                    last = e;
                }
            } else if (field == 2 && type == WireFormat.WIRETYPE_FIXED64) {
                params = in.readDouble();
            } else if (field == 3 && type == WireFormat.WIRETYPE_FIXED64) {
                total = in.readDouble();
            } else if (!in.skipField(tag)) {
                break;
            }
        }
        if (last == null) {
            throw new IOException("ModelMetrics has no evaluation_data");
        }
        return new Nb101Metrics(params, total, last);
    }

    private static Evaluation evaluation(CodedInputStream in) throws IOException {
        double[] v = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        int tag;
        while ((tag = in.readTag()) != 0) {
            int field = WireFormat.getTagFieldNumber(tag);
            if (field >= 1 && field <= 5 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_FIXED64) {
                v[field - 1] = in.readDouble();
            } else if (!in.skipField(tag)) {
                break;
            }
        }
        return new Evaluation(v[0], v[1], v[2], v[3], v[4]);
    }
}
