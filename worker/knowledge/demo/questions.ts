// Customer questions for the demo help centre, each with the article that answers it. Phrased
// the way customers write, not the way the articles do; used by the retrieval hit-rate test and
// the bench (kb_top3_hit_rate).

export interface DemoQuestion {
  q: string;
  /** Slug of the demo document (file name without .md). */
  expect: string;
}

export const DEMO_QUESTIONS: DemoQuestion[] = [
  { q: 'i placed an order an hour ago, can i still change the size?', expect: 'placing-an-order' },
  { q: 'never got a confirmation mail after buying', expect: 'placing-an-order' },
  { q: 'can I order a gift for my mum without the price showing?', expect: 'placing-an-order' },
  { q: 'what happens if something i bought is sold out?', expect: 'placing-an-order' },
  { q: 'where is my package??', expect: 'tracking-your-order' },
  { q: 'the courier says it was delivered but there is nothing at my door', expect: 'tracking-your-order' },
  { q: 'my parcel has been stuck for a week, no movement', expect: 'tracking-your-order' },
  { q: 'what does processing mean on my order', expect: 'tracking-your-order' },
  { q: 'how much is postage?', expect: 'shipping-and-delivery' },
  { q: 'do you ship to the USA', expect: 'shipping-and-delivery' },
  { q: 'will I have to pay customs fees if I live in Switzerland?', expect: 'shipping-and-delivery' },
  { q: 'I missed the delivery guy, what now', expect: 'shipping-and-delivery' },
  { q: 'how fast can I get it, I need it tomorrow', expect: 'shipping-and-delivery' },
  { q: 'how many days do i have to send stuff back', expect: 'returns-and-exchanges' },
  { q: 'can I swap these shoes for a bigger size?', expect: 'returns-and-exchanges' },
  { q: "I don't have a printer for the return label", expect: 'returns-and-exchanges' },
  { q: 'can i return earrings', expect: 'returns-and-exchanges' },
  { q: 'is it too late to return a christmas present in january', expect: 'returns-and-exchanges' },
  { q: "I sent my return two weeks ago and still haven't got my money", expect: 'refunds' },
  { q: 'can you put the refund on a different card, my old one is cancelled', expect: 'refunds' },
  { q: 'do I get the delivery charge back when I return something?', expect: 'refunds' },
  { q: 'how long does paypal take to give my money back', expect: 'refunds' },
  { q: 'the vase came smashed', expect: 'damaged-or-wrong-items' },
  { q: 'you sent me the wrong colour', expect: 'damaged-or-wrong-items' },
  { q: 'my headphones stopped working after 8 months, is that covered?', expect: 'damaged-or-wrong-items' },
  { q: 'do you take amex?', expect: 'payments-and-billing' },
  { q: 'my card keeps getting rejected at checkout', expect: 'payments-and-billing' },
  { q: 'I see two charges on my bank statement for one order', expect: 'payments-and-billing' },
  { q: 'I need a receipt with my company VAT number on it', expect: 'payments-and-billing' },
  { q: 'can i pay cash when it arrives', expect: 'payments-and-billing' },
  { q: "can't log in, reset email never came", expect: 'account-access' },
  { q: 'it says my account is blocked after I typed the wrong password', expect: 'account-access' },
  { q: 'I got a new phone and lost my authenticator codes', expect: 'account-access' },
  { q: 'how do I delete my profile', expect: 'account-access' },
  { q: 'how much does the plus membership cost per year?', expect: 'demo-shop-plus' },
  { q: 'I want to stop paying for plus, do I get money back on the yearly plan?', expect: 'demo-shop-plus' },
  { q: 'is there a trial period for the membership', expect: 'demo-shop-plus' },
  { q: "how do I skip next month's coffee delivery", expect: 'subscribe-and-save' },
  { q: 'cancel my recurring order of dog food', expect: 'subscribe-and-save' },
  { q: 'how much discount do I get for repeat deliveries?', expect: 'subscribe-and-save' },
  { q: 'how do i check how much is left on my gift voucher', expect: 'gift-cards-and-promotions' },
  { q: 'I forgot to enter my discount code', expect: 'gift-cards-and-promotions' },
  { q: 'do gift cards expire', expect: 'gift-cards-and-promotions' },
  { q: 'are you open on sunday?', expect: 'contact-and-support' },
  { q: "what's your phone number", expect: 'contact-and-support' },
  { q: 'I want a copy of all the data you have about me', expect: 'contact-and-support' },
];

/** Questions no demo article covers: the confidence should stay low for these. */
export const OFF_TOPIC_QUESTIONS: string[] = [
  'what is the capital of mongolia',
  'can you recommend a good pizza recipe',
  'who won the football match last night',
  'how do I fix a leaking kitchen tap',
  'what is the company that made you',
];
