package org.naswot.data;

/**
 * One raw CIFAR image.
 *
 * @param index  global index: position in the official training set (0..49,999) for training images,
 *               in the test set for test images
 * @param label  class label (CIFAR-100: the fine label)
 * @param pixels 3,072 bytes, CHW order (R plane, G plane, B plane)
 */
public record CifarImage(int index, int label, byte[] pixels) {
}
