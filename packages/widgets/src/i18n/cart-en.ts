import type { CartStrings } from './translation.js';

export const enCart: CartStrings = {
  title: 'Cart',
  close: 'Close',
  empty: 'Your cart is empty.',
  loading: 'Checking prices.',
  quoteFailed: 'Could not check the prices.',
  remove: 'Remove',
  removeLine: (title) => `Remove ${title}`,
  quantityOf: (title) => `Quantity of ${title}`,
  decreaseOf: (title) => `Decrease quantity of ${title}`,
  increaseOf: (title) => `Increase quantity of ${title}`,
  option: (label) => `Option: ${label}`,
  each: (price) => `${price} each`,
  listPrice: 'was ',
  times: (price, quantity) => `${price} × ${quantity}`,
  shipping: 'Shipping',
  free: 'Free',
  remoteAreaFee: 'Jeju and remote-island surcharge',
  toFreeShipping: (amount) => `Add ${amount} more for free shipping`,
  freeShipping: 'Free shipping',
  freeShippingProgress: (partner) => `Towards free shipping from ${partner}`,
  freeOver: (amount) => `Free shipping from ${amount}`,
  subtotal: 'Items',
  shippingTotal: 'Shipping',
  total: 'Total',
  problem: (p, won) => {
    switch (p.code) {
      case 'product_gone':
        return 'This product is no longer sold.';
      case 'option_required':
        return 'Choose an option for this product.';
      case 'option_gone':
        return 'The chosen option is no longer sold.';
      case 'sold_out':
        return 'Sold out.';
      case 'quantity_above_stock':
        return `Only ${p.available ?? 0} left.`;
      case 'price_changed':
        return `Price changed: ${won(p.previousUnitPrice ?? 0)} → ${won(p.currentUnitPrice ?? 0)}`;
      case 'booking_expired':
        return 'The time held for this booking has run out. Remove it and book again.';
      case 'booking_unavailable':
        return 'This booking can no longer be paid. Remove it.';
    }
  },
  unavailable: 'Cannot be ordered',
  unknownProduct: 'Product no longer sold',
  lowerTo: (quantity) => `Change to ${quantity}`,
  checkout: 'Check out',
  blocked: 'Remove the products that cannot be ordered, or lower their quantity, to check out.',
  back: 'Back to the cart',
  checkoutTitle: 'Checkout',
  updated: (total) => `Total ${total}.`,
  removed: (title) => `Removed ${title} from the cart.`,
  pending: 'Checking price',
  bookings: 'Service bookings',
  persons: (count) => `${count} ${count === 1 ? 'person' : 'people'}`,
  holdUntil: (time) => `Pay by ${time} to confirm the booking`,
  bookingExpired: 'The time held for this booking has run out. Remove it and book again.',
  bookingUnavailable: 'This booking can no longer be paid. Remove it.',
  removeBooking: (title) => `Remove the booking of ${title}`,
};
