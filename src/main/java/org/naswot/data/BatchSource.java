package org.naswot.data;

import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceDescriptor;

/**
 * The one entry point the scorer needs: the input batch for a dataset of a search space, from the data
 * directory (images, drawn by {@link BatchSampler}) or from noise ({@link NoiseBatch}).
 */
public final class BatchSource {
    private BatchSource() {
    }

    /**
     * @param dataset   the descriptor's dataset entry: its id picks the image folder ({@code <data>/<id>};
     *                  {@code imagenet16-120}: {@code <data>/imagenet16/train_data_batch_*}),
     *                  its mean/std the normalisation, its trainSplit the NB201 split file
     * @param batchSize number of images (the paper: 128)
     * @param seed      batch seed; equal seeds give equal batches
     */
    public static DrawnBatch create(DataDirectory dir, SpaceDescriptor.Dataset dataset, InputKind input,
                                    int batchSize, long seed) {
        if (batchSize < 1) {
            throw new UserFacingException("batch size must be at least 1, got " + batchSize);
        }
        if (input == InputKind.NOISE) {
            ImageBatch noise = NoiseBatch.gaussian(batchSize, dataset.channels(), dataset.imageSize(), seed);
            return new DrawnBatch(noise, new int[0], java.util.List.of());
        }
        if (ImageNet16Sampler.DATASET_ID.equalsIgnoreCase(dataset.id())) {
            return ImageNet16Sampler.draw(dir, Normalisation.of(dataset), batchSize, seed);
        }
        CifarFormat format = CifarFormat.forDataset(dataset.id());
        CifarReader images = CifarReader.open(dir, format);
        Nb201Split split = null;
        String splitProblem = null;
        if (dataset.trainSplit() != null) {
            if (!"train".equals(dataset.trainSplit().key())) {
                throw new UserFacingException("dataset " + dataset.id() + ": trainSplit key '"
                        + dataset.trainSplit().key() + "' is not supported (scoring batches come from 'train')");
            }
            DataFile splitFile = dir.file(dataset.trainSplit().file());
            if (splitFile.exists()) {
                split = Nb201Split.read(splitFile);
            } else {
                splitProblem = "the NB201 split file " + splitFile.path() + " is missing";
            }
        }
        return new BatchSampler(images, split, splitProblem, Normalisation.of(dataset)).draw(batchSize, seed);
    }
}
