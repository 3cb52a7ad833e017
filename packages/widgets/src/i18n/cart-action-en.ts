import type { CartActionStrings } from './translation.js';

export const enCartAction: CartActionStrings = {
  addToCart: 'Add to cart',
  option: 'Option',
  chooseOption: 'Choose an option',
  optionLabel: (label, price, soldOut) => `${label} · ${price}${soldOut ? ' (sold out)' : ''}`,
  confirm: 'Add',
  cancel: 'Cancel',
  added: 'Added to the cart.',
  cartFull: (max) => `The cart holds at most ${max} products.`,
  addFailed: 'Could not add to the cart.',
  quantity: 'Quantity',
  decrease: 'Decrease quantity',
  increase: 'Increase quantity',
  cart: 'Cart',
  cartCount: (count) => `Cart, ${count} item${count === 1 ? '' : 's'}`,
};
