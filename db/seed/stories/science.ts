import type { DemoStory } from "../types";

export const scienceStories: DemoStory[] = [
  {
    key: "national-research-plan-2027",
    topics: ["science", "economy"],
    authors: ["elena", "mateo"],
    source: {
      name: "Boletín Oficial",
      url: "https://boletin.example.gov/2026/11/plan-nacional-investigacion",
    },
    image: { motif: "circuit", hue: 300, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 8,
    featured: true,
    es: {
      title: "El Plan Nacional de Investigación destinará 640 millones a 2.300 proyectos hasta 2029",
      summary:
        "El nuevo plan, aprobado hoy, eleva un 35 % la financiación de la ciencia, crea 900 contratos para jóvenes investigadores y reserva por primera vez fondos para la comunicación científica y la ciencia ciudadana.",
      body: `<p>El Consejo de Ministros ha aprobado hoy el Plan Nacional de Investigación 2027-2029, que destinará 640 millones de euros a financiar unos 2.300 proyectos científicos durante los próximos tres años. La cifra supone un aumento del 35 % respecto al plan anterior y sitúa la inversión pública en investigación en su nivel más alto de la última década.</p>
<p>El plan, que se publicará en el Boletín Oficial en los próximos días, se articula en torno a tres ejes: la financiación de proyectos en convocatoria competitiva, la atracción y estabilización del talento investigador y la transferencia de conocimiento a empresas y administraciones.</p>
<h2>Áreas prioritarias</h2>
<p>Aunque las convocatorias estarán abiertas a todas las disciplinas, el plan reserva el 40 % de los fondos para cinco áreas consideradas estratégicas:</p>
<ul>
<li>Salud y envejecimiento, con especial atención a las enfermedades neurodegenerativas.</li>
<li>Transición energética, almacenamiento de energía y redes eléctricas.</li>
<li>Agua, sequía y adaptación al cambio climático.</li>
<li>Tecnologías de la información, ciberseguridad y comunicaciones cuánticas.</li>
<li>Patrimonio cultural y humanidades digitales.</li>
</ul>
<h2>Talento joven</h2>
<p>Una de las principales novedades es la creación de 900 contratos de cinco años para investigadores que hayan obtenido recientemente el doctorado, con un salario bruto inicial de 34.000 euros anuales y un fondo propio de 50.000 euros para gastos de investigación. Quienes superen una evaluación intermedia podrán optar a una plaza estable en universidades y centros públicos.</p>
<blockquote><p>Durante años hemos formado a investigadores brillantes que luego se marchaban por falta de oportunidades. Este plan quiere que la decisión de quedarse no sea un sacrificio, sino la mejor opción profesional.</p></blockquote>
<p>Así lo defendió la secretaria general de Investigación, Ana Belén Soto, en la rueda de prensa de presentación. Soto destacó también la simplificación administrativa: las solicitudes se reducirán a un máximo de diez páginas y los plazos de resolución no podrán superar los seis meses.</p>
<h2>Ciencia abierta y comunicación</h2>
<p>Por primera vez, el plan dedica una partida específica, de 12 millones de euros, a la comunicación científica y a proyectos de ciencia ciudadana, en los que voluntarios colaboran en la recogida de datos. Además, todos los artículos financiados deberán publicarse en acceso abierto y los datos generados tendrán que depositarse en repositorios públicos.</p>
<p>Las organizaciones de investigadores han recibido el plan con satisfacción, aunque recuerdan que el país sigue por debajo de la media europea en inversión en I+D y piden que el aumento se consolide en los próximos presupuestos. La primera convocatoria de proyectos se abrirá en febrero; la información detallada está disponible en la <a href="https://www.example.org/ciencia/plan-nacional-2027">web del Plan Nacional de Investigación</a>.</p>`,
      imageCaption: "Ilustración: circuitos entrelazados que simbolizan la red científica del país.",
      imageAlt: "Trazos de circuito en tonos magenta sobre fondo oscuro.",
    },
    en: {
      title: "National research plan to fund 2,300 projects with €640 million through 2029",
      summary:
        "The new plan, approved today, raises science funding by 35%, creates 900 contracts for early-career researchers and, for the first time, sets aside money for science communication and citizen science.",
      body: `<p>The Council of Ministers today approved the 2027-2029 National Research Plan, which will provide €640 million to fund around 2,300 scientific projects over the next three years. The figure is 35% higher than under the previous plan and takes public investment in research to its highest level in a decade.</p>
<p>The plan, which will be published in the Official Gazette in the coming days, rests on three pillars: competitive project funding, attracting and retaining research talent, and transferring knowledge to businesses and public bodies.</p>
<h2>Priority areas</h2>
<p>Although calls will be open to all disciplines, 40% of the funding is reserved for five areas considered strategic:</p>
<ul>
<li>Health and ageing, with a particular focus on neurodegenerative diseases.</li>
<li>The energy transition, including renewable generation, storage and power grids.</li>
<li>Water, drought and climate adaptation.</li>
<li>Information technology, cybersecurity and quantum communications.</li>
<li>Cultural heritage and the digital humanities.</li>
</ul>
<h2>Young talent</h2>
<p>One of the main new features is a scheme of 900 five-year contracts for recent PhD graduates, with a starting gross salary of €34,000 a year and a personal research budget of €50,000. Those who pass a mid-term review will be eligible for permanent posts at universities and public research centres.</p>
<blockquote><p>For years we have trained brilliant researchers who then left for lack of opportunities. This plan aims to make staying not a sacrifice but the best career choice.</p></blockquote>
<p>That was how Ana Belén Soto, secretary-general for research, defended the plan at its launch. She also highlighted a cut in red tape: applications will be limited to ten pages, and decisions must be made within six months.</p>
<h2>Open science and communication</h2>
<p>For the first time, the plan includes a dedicated €12 million budget line for science communication and citizen science projects, in which volunteers help to collect data. In addition, all funded papers must be published open access and the resulting data deposited in public repositories.</p>
<p>Researchers' organisations welcomed the plan, while noting that the country still invests less in R&amp;D than the European average and calling for the increase to be locked in in future budgets. The first call for projects opens in February; full details are available on the <a href="https://www.example.org/ciencia/plan-nacional-2027">National Research Plan website</a>.</p>`,
      imageCaption: "Illustration: interlaced circuits representing the country's research network.",
      imageAlt: "Magenta circuit traces on a dark background.",
    },
  },
  {
    key: "atalaya-satellite-first-images",
    topics: ["science", "environment"],
    authors: ["daniel"],
    source: {
      name: "Nordic Wire",
      url: "https://nordicwire.example.com/2026/11/earth-observation-satellite-first-images",
    },
    image: { motif: "globe", hue: 240, credit: "Nordic Wire" },
    publishedHoursAgo: 170,
    es: {
      title: "El primer satélite nacional de observación de la Tierra envía sus primeras imágenes",
      summary:
        "El satélite Atalaya-1, lanzado hace tres semanas, ha superado las pruebas en órbita y ha captado imágenes de la costa de Valdemar con una resolución de tres metros. Sus datos servirán para vigilar cultivos, incendios y sequías.",
      body: `<p>El satélite Atalaya-1, el primero de observación de la Tierra desarrollado íntegramente en el país, ha enviado sus primeras imágenes tres semanas después de su lanzamiento. Las fotografías, captadas desde 540 kilómetros de altitud, muestran la desembocadura del río Almendra y el puerto de Valdemar con una resolución de tres metros por píxel.</p>
<p>El satélite, del tamaño de una lavadora y con un peso de 180 kilogramos, ha sido diseñado por la Agencia Espacial Nacional en colaboración con cuatro universidades y once empresas tecnológicas. Su desarrollo ha costado 38 millones de euros y ha involucrado a más de 250 ingenieros y científicos.</p>
<h2>Pruebas superadas</h2>
<p>Durante las primeras semanas en órbita, el equipo de control ha verificado el despliegue de los paneles solares, la estabilidad del sistema de orientación y el funcionamiento de las comunicaciones con la estación terrestre de Sierra Alta, que recibe los datos en cada uno de los cuatro pases diarios del satélite sobre el territorio nacional.</p>
<p>«Ver la primera imagen fue muy emocionante. Detrás de cada píxel hay siete años de trabajo, muchas noches sin dormir y una comunidad científica que ha demostrado que podía hacerlo», declaró el director de la misión, el ingeniero Hugo Benavides.</p>
<h2>Para qué servirá</h2>
<p>Atalaya-1 lleva una cámara multiespectral capaz de distinguir el estado de la vegetación, la humedad del suelo y la temperatura de la superficie. Sus datos se utilizarán para vigilar los cultivos, detectar incendios forestales en sus primeras fases, medir la evolución de los embalses y cartografiar las zonas afectadas por inundaciones.</p>
<p>La información que genere el satélite será pública y gratuita para universidades, administraciones y empresas, y se integrará en el portal nacional de datos abiertos. La fase de calibración durará tres meses, tras la cual comenzará la distribución operativa de imágenes.</p>
<p>Atalaya-1 forma parte de una red internacional de satélites de observación cuyos datos se comparten entre agencias espaciales. Gracias a ese acuerdo, los investigadores del país tendrán acceso a imágenes de otros satélites a cambio de las que aporte Atalaya-1, lo que permitirá observar el mismo punto del territorio varias veces al día en situaciones de emergencia, como un gran incendio o una inundación.</p>
<p>La agencia ya trabaja en Atalaya-2, que incorporará un radar capaz de ver a través de las nubes y cuyo lanzamiento está previsto para 2029. Las primeras imágenes pueden verse en la <a href="https://www.example.org/espacio/atalaya-1">galería de la Agencia Espacial Nacional</a>.</p>`,
      imageCaption: "Ilustración: la Tierra vista desde la órbita de un satélite.",
      imageAlt: "Globo terráqueo estilizado en tonos azules.",
    },
    en: {
      title: "First national Earth observation satellite sends back its first images",
      summary:
        "Atalaya-1, launched three weeks ago, has passed its in-orbit tests and captured images of the Valdemar coast at three-metre resolution. Its data will be used to monitor crops, wildfires and drought.",
      body: `<p>Atalaya-1, the first Earth observation satellite developed entirely in the country, has sent back its first images three weeks after launch. Taken from an altitude of 540 kilometres, the pictures show the mouth of the Almendra river and the port of Valdemar at a resolution of three metres per pixel.</p>
<p>The satellite, about the size of a washing machine and weighing 180 kilograms, was designed by the National Space Agency together with four universities and eleven technology companies. It cost €38 million to develop and involved more than 250 engineers and scientists.</p>
<h2>Tests passed</h2>
<p>During its first weeks in orbit, the control team checked the deployment of the solar panels, the stability of the attitude control system and communications with the ground station in Sierra Alta, which receives data on each of the satellite's four daily passes over the country.</p>
<p>"Seeing the first image was very moving. Behind every pixel there are seven years of work, a lot of sleepless nights and a scientific community that has shown it could do this," said mission director Hugo Benavides, an engineer.</p>
<h2>What it will be used for</h2>
<p>Atalaya-1 carries a multispectral camera that can detect the health of vegetation, soil moisture and surface temperature. Its data will be used to monitor crops, spot wildfires in their early stages, track reservoir levels and map flooded areas.</p>
<p>The satellite's data will be free and open to universities, research groups, public bodies and businesses, and will be added to the national open data portal. A three-month calibration phase will follow, after which images will be distributed routinely.</p>
<p>Atalaya-1 is part of an international network of observation satellites whose data is shared between space agencies. Under that arrangement, the country's researchers will gain access to images from other satellites in exchange for those provided by Atalaya-1, making it possible to observe the same spot several times a day during emergencies such as a major wildfire or flood.</p>
<p>The agency is already working on Atalaya-2, which will carry a radar able to see through cloud and is due to launch in 2029. The first images can be viewed in the <a href="https://www.example.org/espacio/atalaya-1">National Space Agency gallery</a>.</p>`,
      imageCaption: "Illustration: the Earth seen from a satellite's orbit.",
      imageAlt: "Stylised globe in shades of blue.",
    },
  },
  {
    key: "open-data-portal-launch",
    topics: ["science"],
    authors: ["mateo"],
    source: null,
    image: { motif: "chart", hue: 160, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 240,
    es: {
      title: "El nuevo portal de datos abiertos reúne 4.800 conjuntos de información pública",
      summary:
        "La plataforma permite descargar gratis datos de 120 organismos sobre transporte, salud, educación o medio ambiente. Incluye una herramienta de consulta para personas sin conocimientos técnicos y un servicio de avisos.",
      body: `<p>La Oficina de Datos Públicos ha puesto en marcha hoy el nuevo portal nacional de datos abiertos, que reúne en un único sitio web 4.800 conjuntos de información procedentes de 120 ministerios, organismos y ayuntamientos. Todos los datos pueden descargarse de forma gratuita y reutilizarse libremente, incluso con fines comerciales, siempre que se cite su procedencia.</p>
<p>El catálogo abarca desde los horarios del transporte público y la ocupación de las urgencias hospitalarias hasta la calidad del agua de baño, el gasto de cada ministerio o las estadísticas de educación por centro. Más de 900 conjuntos se actualizan al menos una vez al día.</p>
<h2>Pensado para todos los públicos</h2>
<p>Además de los formatos habituales para programadores, el portal incorpora un buscador en lenguaje natural y una herramienta de visualización que permite crear gráficos y mapas sin conocimientos técnicos. Los usuarios pueden suscribirse para recibir un aviso cada vez que se actualice un conjunto de datos.</p>
<p>Los conjuntos pueden descargarse en formatos abiertos como CSV, JSON y GeoJSON, y el portal ofrece una interfaz de programación abierta que no exige registro para las consultas básicas. También incluye guías de uso pensadas para periodistas, docentes y asociaciones.</p>
<p>«Los datos públicos se pagan con los impuestos de todos y deben volver a la ciudadanía. Queremos que un estudiante, una periodista o una pequeña empresa puedan usarlos con la misma facilidad que un gran centro de investigación», explicó la directora de la Oficina de Datos Públicos, Paula Herrera.</p>
<h2>Transparencia y reutilización</h2>
<p>Según un estudio encargado por la oficina, la reutilización de información pública da empleo en el país a unas 14.000 personas, sobre todo en empresas de aplicaciones de movilidad, turismo, seguros y análisis inmobiliario. El portal anterior, de 2015, registraba unas 40.000 descargas al mes.</p>
<p>Antes de su publicación, todos los conjuntos pasan por una revisión para garantizar que no contienen datos personales. Cuando la información procede de registros individuales, como los de salud o educación, se publica agregada o anonimizada siguiendo los criterios de la autoridad de protección de datos, que ha supervisado el diseño del portal. La oficina publicará cada trimestre un informe sobre los conjuntos más descargados y los usos que se les dan.</p>
<p>La oficina ha abierto también un canal de comunicación para que cualquier persona pueda proponer la publicación de nuevos conjuntos de datos. Las peticiones recibirán respuesta en un plazo máximo de 30 días. El portal está disponible en <a href="https://datos.example.org">datos.example.org</a>.</p>`,
      imageCaption: "Ilustración: gráficos de barras que representan conjuntos de datos públicos.",
      imageAlt: "Barras de gráfico en tonos verde azulado.",
    },
    en: {
      title: "New open data portal brings together 4,800 public datasets in one place",
      summary:
        "The platform offers free downloads from 120 public bodies on transport, health, education and the environment. It includes a query tool for non-specialists and an alert service that flags updated data.",
      body: `<p>The Public Data Office today launched the new national open data portal, which brings together 4,800 datasets from 120 ministries, agencies and local councils on a single website. All the data can be downloaded free of charge and reused freely, including for commercial purposes, provided the source is credited.</p>
<p>The catalogue ranges from public transport timetables and hospital emergency department occupancy to bathing water quality, spending by each ministry and school-level education statistics. More than 900 datasets are updated at least once a day.</p>
<h2>Designed for everyone</h2>
<p>Alongside the usual formats for developers, the portal features a plain-language search engine and a visualisation tool that lets users build charts and maps without technical knowledge. Users can subscribe to be notified whenever a dataset is updated.</p>
<p>Datasets can be downloaded in open formats such as CSV, JSON and GeoJSON, and the portal offers an open programming interface that requires no registration for basic queries. It also includes user guides aimed at journalists, teachers and community groups.</p>
<p>"Public data is paid for by everyone's taxes and should go back to the public. We want a student, a journalist or a small business to be able to use it as easily as a large research centre," said Paula Herrera, director of the Public Data Office.</p>
<h2>Transparency and reuse</h2>
<p>According to a study commissioned by the office, reusing public information supports around 14,000 jobs in the country, mostly in companies building mobility, tourism, insurance and property analysis apps. The previous portal, launched in 2015, recorded around 40,000 downloads a month.</p>
<p>Before publication, every dataset is reviewed to ensure it contains no personal data. Where information comes from individual records, such as health or education data, it is published in aggregated or anonymised form in line with the criteria of the data protection authority, which oversaw the design of the portal. The office will publish a quarterly report on the most downloaded datasets and how they are being used.</p>
<p>The office has also opened a communication channel through which anyone can request the publication of new datasets, with a reply guaranteed within 30 days. The portal is available at <a href="https://datos.example.org">datos.example.org</a>.</p>`,
      imageCaption: "Illustration: bar charts representing public datasets.",
      imageAlt: "Chart bars in teal tones.",
    },
  },
  {
    key: "quantum-communications-testbed",
    topics: ["science", "international"],
    authors: ["elena", "daniel"],
    source: {
      name: "Nordic Wire",
      url: "https://nordicwire.example.com/2026/10/quantum-link-120km",
    },
    image: { motif: "circuit", hue: 325, credit: "Nordic Wire" },
    publishedHoursAgo: 690,
    en: {
      title: "Universities test quantum communications link over 120 kilometres of fibre",
      summary:
        "Researchers from the University of Altamira and a Nordic partner have exchanged encryption keys secured by quantum physics over existing telecoms fibre. The testbed will open to companies and public bodies next year.",
      body: `<p>Researchers at the University of Altamira and the Nordic Institute of Technology have successfully tested a quantum communications link over 120 kilometres of standard optical fibre, one of the longest such links built on commercial telecoms infrastructure in Europe. The results were presented at a joint press conference and have been submitted to a peer-reviewed journal.</p>
<p>The link connects laboratories in Altamira and Puerto Alba using fibre owned by a telecoms operator, which carried ordinary internet traffic alongside the quantum signal throughout the trial. Over six weeks, the system generated secret encryption keys at an average rate of 2.4 kilobits per second.</p>
<h2>How it works</h2>
<p>Quantum key distribution uses individual particles of light, or photons, to share encryption keys between two points. Any attempt to intercept the photons disturbs them in a way that can be detected, so the two parties know whether their key has been compromised before they use it to protect sensitive communications.</p>
<blockquote><p>The mathematics behind today's encryption could one day be broken by sufficiently powerful computers. The laws of physics cannot. What we have shown is that this technology works on the networks we already have, not just in a laboratory.</p></blockquote>
<p>That was how Professor Irene Castañeda, who leads the Altamira research group, summed up the significance of the trial. The single-photon detectors were developed by the Nordic team, led by Dr Henrik Solberg, under a three-year cooperation agreement funded by both countries' research councils.</p>
<h2>Next steps</h2>
<p>The partners plan to open the testbed to companies and public bodies next year, with banks, hospitals and the national electricity grid operator among the first expected users. A second phase will attempt to extend the network to a third city using a trusted relay node.</p>
<p>The project has also trained a new generation of specialists: eleven doctoral students from both countries have worked on the testbed, spending several months in each other's laboratories. The University of Altamira will launch a master's degree in quantum technologies next year, drawing on the experience gained during the trial.</p>
<p>The project has received €7.2 million in public funding. The researchers caution that widespread use is still several years away, as the equipment remains expensive and distances are limited without relays. Further details are available on the <a href="https://www.example.org/research/quantum-testbed">project website</a>.</p>`,
      imageCaption: "Illustration: beams of light travelling along a fibre-optic network.",
      imageAlt: "Pink circuit lines on a dark background.",
    },
  },
];
